# METADATA
# title: Lambda function URL requires no authentication
# description: >-
#   With authorization_type NONE anyone on the internet who learns the URL
#   can invoke the function.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
# custom:
#   id: aws-lambda-function-url-auth
#   severity: high
#   aliases: [CKV_AWS_258]
#   resource_types: ["aws_lambda_function_url"]
#   remediation: >-
#     Set authorization_type = "AWS_IAM", or authenticate in front of the
#     function (CloudFront with origin access control, API Gateway).
package tfguard.aws.lambda_function_url_auth

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s requires no authentication (authorization_type NONE)", [input.address]), "path": ["authorization_type"]} if {
	input.change.after.authorization_type == "NONE"
}

deny contains lib.unknown_result("authorization_type", "authorization_type") if lib.unknown(["authorization_type"])
