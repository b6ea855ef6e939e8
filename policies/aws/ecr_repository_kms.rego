# METADATA
# title: ECR repository is not encrypted with a customer managed KMS key
# description: >-
#   By default images are encrypted with AES-256 keys ECR manages. A customer
#   managed KMS key adds a key policy that controls who can pull the image
#   layers and an audit trail of every decryption.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
# custom:
#   id: aws-ecr-repository-kms
#   severity: low
#   aliases: [AVD-AWS-0033, AWS-0033, aws-ecr-repository-customer-key, CKV_AWS_136]
#   resource_types: ["aws_ecr_repository"]
#   remediation: >-
#     Set encryption_configuration { encryption_type = "KMS", kms_key = <key ARN> }.
package tfguard.aws.ecr_repository_kms

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

deny contains {"msg": sprintf("%s is encrypted with %s, not KMS", [input.address, type]), "path": ["encryption_configuration", i, "encryption_type"]} if {
	some i, config in lib.list(input.change.after.encryption_configuration)
	object.get(input.change.after_unknown, ["encryption_configuration", i, "encryption_type"], false) != true
	type := object.get(config, "encryption_type", "AES256")
	type != "KMS"
}

# No block (known empty, or left to the provider at create): AES256.
deny contains {"msg": sprintf("%s does not set encryption_configuration (the default is AES256)", [input.address]), "path": ["encryption_configuration"]} if {
	aws_identity.state(["encryption_configuration"]) in {"known", "unset"}
	count(lib.list(object.get(input.change.after, "encryption_configuration", []))) == 0
}

# KMS without kms_key: the AWS managed key aws/ecr.
deny contains {"msg": sprintf("%s uses the AWS managed key: kms_key is not set", [input.address]), "path": ["encryption_configuration", i, "kms_key"]} if {
	some i, config in lib.list(input.change.after.encryption_configuration)
	config.encryption_type == "KMS"
	object.get(config, "kms_key", null) in {null, ""}
	_kms_key_absent(i)
}

deny contains lib.unknown_result("encryption_configuration", "encryption_configuration") if aws_identity.state(["encryption_configuration"]) == "unknown"

_kms_key_absent(i) if object.get(input.change.after_unknown, ["encryption_configuration", i, "kms_key"], false) != true

_kms_key_absent(i) if {
	object.get(input.change.after_unknown, ["encryption_configuration", i, "kms_key"], false) == true
	aws_identity.unset(["encryption_configuration", "kms_key"])
}
