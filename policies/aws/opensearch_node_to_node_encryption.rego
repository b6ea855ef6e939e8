# METADATA
# title: OpenSearch domain does not encrypt node-to-node traffic
# description: >-
#   Without node-to-node encryption, data moves between the nodes of the
#   domain in plain text inside the VPC.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
# custom:
#   id: aws-opensearch-node-to-node-encryption
#   severity: high
#   aliases: [AVD-AWS-0043, AWS-0043, aws-elasticsearch-enable-in-transit-encryption, CKV_AWS_6]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Add node_to_node_encryption { enabled = true }.
package tfguard.aws.opensearch_node_to_node_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set node_to_node_encryption.enabled = true", [input.address]), "path": ["node_to_node_encryption", 0, "enabled"]} if {
	not aws_data.unknown_at(["node_to_node_encryption", 0, "enabled"])
	not _on
}

deny contains lib.unknown_result("node_to_node_encryption", "node_to_node_encryption.enabled") if {
	aws_data.unknown_at(["node_to_node_encryption", 0, "enabled"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not set node_to_node_encryption.enabled = true", [input.address]), "path": ["node_to_node_encryption", 0, "enabled"]} if {
	_unwritten
}

# Left out of the configuration, the block is computed and AWS applies its default: off.
_unwritten if {
	aws_data.unknown_at(["node_to_node_encryption", 0, "enabled"])
	aws_data.has_config
	not aws_data.configured(["node_to_node_encryption"])
}

# The provider default is false.
_on if aws_data.value(["node_to_node_encryption", 0, "enabled"]) == true
