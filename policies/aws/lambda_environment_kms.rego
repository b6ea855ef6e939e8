# METADATA
# title: Lambda environment variables are not encrypted with a KMS key
# description: >-
#   Environment variables often hold configuration secrets. Without
#   kms_key_arn they are encrypted with the AWS managed key that any
#   principal allowed to read the function configuration can use.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html
# custom:
#   id: aws-lambda-environment-kms
#   severity: low
#   aliases: [CKV_AWS_173]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set kms_key_arn to a customer managed KMS key.
package tfguard.aws.lambda_environment_kms

import data.tfguard.lib
import rego.v1

# Only a function with environment variables needs the key. A kms_key_arn
# known only at apply comes from a key: it is set.
deny contains {"msg": sprintf("%s has environment variables but no kms_key_arn", [input.address]), "path": ["kms_key_arn"]} if {
	_has_variables
	not lib.unknown(["kms_key_arn"])
	object.get(input.change.after, "kms_key_arn", null) in {null, ""}
}

_has_variables if {
	some i, environment in lib.list(input.change.after.environment)
	_variables(environment, i)
}

_variables(environment, _) if count(lib.as_object(object.get(environment, "variables", null))) > 0

_variables(_, i) if object.get(input.change.after_unknown, ["environment", i, "variables"], false) == true
