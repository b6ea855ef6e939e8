# METADATA
# title: API Gateway method has no authorization and no API key
# description: >-
#   A method with authorization = "NONE" and no API key requirement lets
#   anyone on the internet call the backend behind it.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
# custom:
#   id: aws-apigateway-method-auth
#   severity: low
#   aliases: [AVD-AWS-0004, AWS-0004, aws-apigateway-no-public-access, CKV_AWS_59]
#   resource_types: ["aws_api_gateway_method"]
#   remediation: >-
#     Set authorization to AWS_IAM, CUSTOM or COGNITO_USER_POOLS, or
#     api_key_required = true. CORS preflight (OPTIONS) methods are exempt.
package tfguard.aws.apigateway_method_auth

import data.tfguard.lib
import rego.v1

# authorization and http_method are required; api_key_required defaults to
# false.
deny contains {"msg": sprintf("%s (%s) has authorization NONE and requires no API key", [input.address, after.http_method]), "path": ["authorization"]} if {
	after := input.change.after
	after.authorization == "NONE"
	is_string(after.http_method)
	after.http_method != "OPTIONS"
	not lib.unknown(["api_key_required"])
	not object.get(after, "api_key_required", null) == true
}

deny contains lib.unknown_result("api_key_required", "api_key_required") if {
	input.change.after.authorization == "NONE"
	lib.unknown(["api_key_required"])
}

deny contains lib.unknown_result("authorization", "authorization") if lib.unknown(["authorization"])
