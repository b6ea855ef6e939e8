# METADATA
# title: IAM password policy does not require a lowercase letter
# description: >-
#   Without character-class requirements users pick weaker passwords.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-require-lowercase
#   severity: medium
#   aliases: [AVD-AWS-0058, AWS-0058, aws-iam-require-lowercase-in-passwords, CKV_AWS_11]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set require_lowercase_characters = true.
package tfguard.aws.iam_password_require_lowercase

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# Not set: AWS does not require it (the provider leaves it to AWS, false).
deny contains {"msg": sprintf("%s does not set require_lowercase_characters = true", [input.address]), "path": ["require_lowercase_characters"]} if {
	aws_identity.state(["require_lowercase_characters"]) in {"known", "unset"}
	object.get(input.change.after, "require_lowercase_characters", null) != true
}

deny contains lib.unknown_result("require_lowercase_characters", "require_lowercase_characters") if aws_identity.state(["require_lowercase_characters"]) == "unknown"
