# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   A secret that never rotates stays valid for as long as it has existed:
#   anyone who ever read or leaked it keeps access.
# related_resources:
# - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
# custom:
#   id: aws-secretsmanager-rotation
#   severity: medium
#   aliases: [CKV2_AWS_57]
#   resource_types: ["aws_secretsmanager_secret"]
#   remediation: >-
#     Add an aws_secretsmanager_secret_rotation with secret_id = this secret
#     and rotation_rules { automatically_after_days = 30 }.
package tfguard.aws.secretsmanager_rotation

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Needs the plan's configuration to see which resources refer to the
# secret. Providers before v5 could also rotate through the secret's own
# rotation_lambda_arn and rotation_rules.
deny contains {"msg": sprintf("%s is not rotated: no aws_secretsmanager_secret_rotation refers to it", [input.address])} if {
	is_object(lib.config_module)
	not lib.referenced_by("aws_secretsmanager_secret_rotation", "secret_id")
	not _inline_rotation
}

_inline_rotation if not aws_data.blank(aws_data.value(["rotation_lambda_arn"]))

_inline_rotation if aws_data.configured(["rotation_lambda_arn"])
