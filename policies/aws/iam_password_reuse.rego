# METADATA
# title: IAM password policy allows reusing recent passwords
# description: >-
#   Reusing passwords keeps leaked credentials valid. CIS AWS Foundations asks to remember the last 24 passwords.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-reuse
#   severity: medium
#   aliases: [AVD-AWS-0056, AWS-0056, aws-iam-no-password-reuse, CKV_AWS_13]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set password_reuse_prevention = 24.
package tfguard.aws.iam_password_reuse

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

deny contains {"msg": sprintf("%s sets password_reuse_prevention to %v, below 24", [input.address, value]), "path": ["password_reuse_prevention"]} if {
	aws_identity.state(["password_reuse_prevention"]) == "known"
	value := input.change.after.password_reuse_prevention
	is_number(value)
	not value >= 24
}

# Not set (null, missing, or left to AWS at create): AWS applies its default, none.
deny contains {"msg": sprintf("%s does not set password_reuse_prevention (at least 24 is needed)", [input.address]), "path": ["password_reuse_prevention"]} if {
	aws_identity.state(["password_reuse_prevention"]) in {"known", "unset"}
	not is_number(object.get(input.change.after, "password_reuse_prevention", null))
}

deny contains lib.unknown_result("password_reuse_prevention", "password_reuse_prevention") if aws_identity.state(["password_reuse_prevention"]) == "unknown"
