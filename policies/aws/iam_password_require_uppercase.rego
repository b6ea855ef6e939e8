# METADATA
# title: IAM password policy does not require an uppercase letter
# description: >-
#   Without character-class requirements users pick weaker passwords.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-require-uppercase
#   severity: medium
#   aliases: [AVD-AWS-0061, AWS-0061, aws-iam-require-uppercase-in-passwords, CKV_AWS_15]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set require_uppercase_characters = true.
package tfguard.aws.iam_password_require_uppercase

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# Not set: AWS does not require it (the provider leaves it to AWS, false).
deny contains {"msg": sprintf("%s does not set require_uppercase_characters = true", [input.address]), "path": ["require_uppercase_characters"]} if {
	aws_identity.state(["require_uppercase_characters"]) in {"known", "unset"}
	object.get(input.change.after, "require_uppercase_characters", null) != true
}

deny contains lib.unknown_result("require_uppercase_characters", "require_uppercase_characters") if aws_identity.state(["require_uppercase_characters"]) == "unknown"
