# METADATA
# title: RDS instance can be deleted without turning off protection
# description: >-
#   Without deletion protection one mistaken apply or API call destroys the
#   database.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html
# custom:
#   id: aws-rds-deletion-protection
#   severity: medium
#   aliases: [AVD-AWS-0177, AWS-0177, aws-rds-enable-deletion-protection, CKV_AWS_293]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set deletion_protection = true.
package tfguard.aws.rds_deletion_protection

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set deletion_protection = true", [input.address]), "path": ["deletion_protection"]} if {
	not lib.unknown(["deletion_protection"])
	not lib.is_true(object.get(input.change.after, "deletion_protection", null))
}

deny contains lib.unknown_result("deletion_protection", "deletion_protection") if lib.unknown(["deletion_protection"])
