# METADATA
# title: Glacier vault access policy allows any principal
# description: >-
#   A vault access policy statement that allows Principal "*" without a condition lets anyone act on the archives in the vault.
# related_resources:
# - ref: https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html
# custom:
#   id: aws-glacier-vault-no-public
#   severity: high
#   aliases: [CKV_AWS_167]
#   resource_types: ["aws_glacier_vault"]
#   remediation: >-
#     Name the principals or add a condition that narrows the statement.
package tfguard.aws.glacier_vault_no_public

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["access_policy"]} if {
	input.type == "aws_glacier_vault"
	count(aws_data.public_statements(aws_data.value(["access_policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("access_policy", "access_policy") if {
	input.type == "aws_glacier_vault"
	lib.unknown(["access_policy"])
	aws_data.written_state(["access_policy"]) != "unset"
}
