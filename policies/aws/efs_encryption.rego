# METADATA
# title: EFS file system is not encrypted
# description: >-
#   An unencrypted file system stores its files and metadata in the clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: aws-efs-encryption
#   severity: high
#   aliases: [AVD-AWS-0037, AWS-0037, aws-efs-enable-at-rest-encryption, CKV_AWS_42]
#   resource_types: ["aws_efs_file_system"]
#   remediation: >-
#     Set encrypted = true (only possible when the file system is
#     created).
package tfguard.aws.efs_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set encrypted = true", [input.address]), "path": ["encrypted"]} if {
	not lib.unknown(["encrypted"])
	not _on
}

deny contains lib.unknown_result("encrypted", "encrypted") if {
	lib.unknown(["encrypted"])
}

# The provider default is false.
_on if aws_data.value(["encrypted"]) == true
