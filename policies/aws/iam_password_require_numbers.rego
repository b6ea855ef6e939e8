# METADATA
# title: IAM password policy does not require a number
# description: >-
#   Without character-class requirements users pick weaker passwords.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-require-numbers
#   severity: medium
#   aliases: [AVD-AWS-0059, AWS-0059, aws-iam-require-numbers-in-passwords, CKV_AWS_12]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set require_numbers = true.
package tfguard.aws.iam_password_require_numbers

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# Not set: AWS does not require it (the provider leaves it to AWS, false).
deny contains {"msg": sprintf("%s does not set require_numbers = true", [input.address]), "path": ["require_numbers"]} if {
	aws_identity.state(["require_numbers"]) in {"known", "unset"}
	object.get(input.change.after, "require_numbers", null) != true
}

deny contains lib.unknown_result("require_numbers", "require_numbers") if aws_identity.state(["require_numbers"]) == "unknown"
