# METADATA
# title: OpenSearch domain has no fine-grained access control
# description: >-
#   Without fine-grained access control, anyone the domain access policy
#   lets in can read and change every index; it adds users, roles and
#   index-, document- and field-level permissions.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html
# custom:
#   id: aws-opensearch-fine-grained-access
#   severity: medium
#   aliases: [CKV2_AWS_52]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Add advanced_security_options { enabled = true } (with encryption at
#     rest, node-to-node encryption and HTTPS).
package tfguard.aws.opensearch_fine_grained_access

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set advanced_security_options.enabled = true", [input.address]), "path": ["advanced_security_options", 0, "enabled"]} if {
	not aws_data.unknown_at(["advanced_security_options", 0, "enabled"])
	not _on
}

deny contains lib.unknown_result("advanced_security_options", "advanced_security_options.enabled") if {
	aws_data.unknown_at(["advanced_security_options", 0, "enabled"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not set advanced_security_options.enabled = true", [input.address]), "path": ["advanced_security_options", 0, "enabled"]} if {
	_unwritten
}

# Left out of the configuration, the block is computed and AWS applies its default: off.
_unwritten if {
	aws_data.unknown_at(["advanced_security_options", 0, "enabled"])
	aws_data.has_config
	not aws_data.configured(["advanced_security_options"])
}

# The provider default is false.
_on if aws_data.value(["advanced_security_options", 0, "enabled"]) == true
