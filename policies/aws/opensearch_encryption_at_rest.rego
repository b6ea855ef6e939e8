# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: >-
#   Without encryption at rest, indices, logs, swap files and automated
#   snapshots of the domain are stored in the clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: aws-opensearch-encryption-at-rest
#   severity: high
#   aliases: [AVD-AWS-0048, AWS-0048, aws-elasticsearch-enable-domain-encryption, CKV_AWS_5]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Add encrypt_at_rest { enabled = true }.
package tfguard.aws.opensearch_encryption_at_rest

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set encrypt_at_rest.enabled = true", [input.address]), "path": ["encrypt_at_rest", 0, "enabled"]} if {
	not aws_data.unknown_at(["encrypt_at_rest", 0, "enabled"])
	not _on
}

deny contains lib.unknown_result("encrypt_at_rest", "encrypt_at_rest.enabled") if {
	aws_data.unknown_at(["encrypt_at_rest", 0, "enabled"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not set encrypt_at_rest.enabled = true", [input.address]), "path": ["encrypt_at_rest", 0, "enabled"]} if {
	_unwritten
}

# Left out of the configuration, the block is computed and AWS applies its default: off.
_unwritten if {
	aws_data.unknown_at(["encrypt_at_rest", 0, "enabled"])
	aws_data.has_config
	not aws_data.configured(["encrypt_at_rest"])
}

# The provider default is false.
_on if aws_data.value(["encrypt_at_rest", 0, "enabled"]) == true
