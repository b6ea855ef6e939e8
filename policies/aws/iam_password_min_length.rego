# METADATA
# title: IAM password policy allows passwords shorter than 14 characters
# description: >-
#   Short passwords are easier to guess or brute-force. CIS AWS Foundations asks for at least 14 characters.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-min-length
#   severity: medium
#   aliases: [AVD-AWS-0063, AWS-0063, aws-iam-set-minimum-password-length, CKV_AWS_10]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set minimum_password_length = 14 or more.
package tfguard.aws.iam_password_min_length

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

deny contains {"msg": sprintf("%s sets minimum_password_length to %v, below 14", [input.address, value]), "path": ["minimum_password_length"]} if {
	aws_identity.state(["minimum_password_length"]) == "known"
	value := input.change.after.minimum_password_length
	is_number(value)
	not value >= 14
}

# Not set (null, missing, or left to AWS at create): AWS applies its default of 6.
deny contains {"msg": sprintf("%s does not set minimum_password_length (at least 14 is needed)", [input.address]), "path": ["minimum_password_length"]} if {
	aws_identity.state(["minimum_password_length"]) in {"known", "unset"}
	not is_number(object.get(input.change.after, "minimum_password_length", null))
}

deny contains lib.unknown_result("minimum_password_length", "minimum_password_length") if aws_identity.state(["minimum_password_length"]) == "unknown"
