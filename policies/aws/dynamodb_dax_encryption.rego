# METADATA
# title: DAX cluster is not encrypted at rest
# description: >-
#   A DAX cluster caches table items; without server-side encryption the
#   cached data and logs are stored in the clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html
# custom:
#   id: aws-dynamodb-dax-encryption
#   severity: high
#   aliases: [AVD-AWS-0023, AWS-0023, aws-dynamodb-enable-at-rest-encryption, CKV_AWS_47]
#   resource_types: ["aws_dax_cluster"]
#   remediation: >-
#     Add server_side_encryption { enabled = true }.
package tfguard.aws.dynamodb_dax_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set server_side_encryption.enabled = true", [input.address]), "path": ["server_side_encryption", 0, "enabled"]} if {
	not aws_data.unknown_at(["server_side_encryption", 0, "enabled"])
	not _on
}

deny contains lib.unknown_result("server_side_encryption", "server_side_encryption.enabled") if {
	aws_data.unknown_at(["server_side_encryption", 0, "enabled"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not set server_side_encryption.enabled = true", [input.address]), "path": ["server_side_encryption", 0, "enabled"]} if {
	_unwritten
}

# Left out of the configuration, the block is computed and AWS applies its default: off.
_unwritten if {
	aws_data.unknown_at(["server_side_encryption", 0, "enabled"])
	aws_data.has_config
	not aws_data.configured(["server_side_encryption"])
}

# The provider default is false.
_on if aws_data.value(["server_side_encryption", 0, "enabled"]) == true
