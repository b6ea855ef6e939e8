# METADATA
# title: IAM password policy does not require a symbol
# description: >-
#   Without character-class requirements users pick weaker passwords.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: aws-iam-password-require-symbols
#   severity: medium
#   aliases: [AVD-AWS-0060, AWS-0060, aws-iam-require-symbols-in-passwords, CKV_AWS_14]
#   resource_types: ["aws_iam_account_password_policy"]
#   remediation: >-
#     Set require_symbols = true.
package tfguard.aws.iam_password_require_symbols

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# Not set: AWS does not require it (the provider leaves it to AWS, false).
deny contains {"msg": sprintf("%s does not set require_symbols = true", [input.address]), "path": ["require_symbols"]} if {
	aws_identity.state(["require_symbols"]) in {"known", "unset"}
	object.get(input.change.after, "require_symbols", null) != true
}

deny contains lib.unknown_result("require_symbols", "require_symbols") if aws_identity.state(["require_symbols"]) == "unknown"
