# METADATA
# title: IAM password policy lets passwords live longer than 90 days
# description: >-
#   Passwords that never expire stay usable after they leak.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-max-age
#   severity: medium
#   aliases: [AVD-AWS-0062, AWS-0062, aws-iam-set-max-password-age, CKV_AWS_9]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set max_password_age between 1 and 90.
package tfguard.aws.iam_password_max_age

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

deny contains {"msg": sprintf("%s sets max_password_age to %v, outside 1..90", [input.address, value]), "path": ["max_password_age"]} if {
	aws_identity.state(["max_password_age"]) == "known"
	value := input.change.after.max_password_age
	is_number(value)
	not _within(value)
}

# Not set (null, missing, or left to AWS at create): AWS applies its default, none.
deny contains {"msg": sprintf("%s does not set max_password_age: passwords never expire", [input.address]), "path": ["max_password_age"]} if {
	aws_identity.state(["max_password_age"]) in {"known", "unset"}
	not is_number(object.get(input.change.after, "max_password_age", null))
}

deny contains lib.unknown_result("max_password_age", "max_password_age") if aws_identity.state(["max_password_age"]) == "unknown"

_within(value) if {
	value > 0
	value <= 90
}
