# METADATA
# title: Lambda function does not validate code signing
# description: >-
#   Without a code signing configuration Lambda deploys any package it is
#   given, including one altered after the build.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html
# custom:
#   id: aws-lambda-code-signing
#   severity: low
#   aliases: [CKV_AWS_272]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set code_signing_config_arn to an aws_lambda_code_signing_config.
package tfguard.aws.lambda_code_signing

import data.tfguard.lib
import rego.v1

# An ARN known only at apply comes from a signing configuration: it is set.
deny contains {"msg": sprintf("%s has no code signing configuration", [input.address]), "path": ["code_signing_config_arn"]} if {
	not lib.unknown(["code_signing_config_arn"])
	object.get(input.change.after, "code_signing_config_arn", null) in {null, ""}
}
