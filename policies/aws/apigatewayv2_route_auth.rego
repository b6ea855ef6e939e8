# METADATA
# title: API Gateway v2 route has no authorization
# description: >-
#   A route with authorization_type = "NONE" lets anyone call the integration
#   behind it.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html
# custom:
#   id: aws-apigatewayv2-route-auth
#   severity: low
#   aliases: [CKV_AWS_309]
#   resource_types: ["aws_apigatewayv2_route"]
#   remediation: >-
#     Set authorization_type to AWS_IAM, CUSTOM or JWT (with an authorizer_id).
package tfguard.aws.apigatewayv2_route_auth

import data.tfguard.lib
import rego.v1

# authorization_type defaults to NONE, so null or missing is no authorization.
deny contains {"msg": sprintf("%s has authorization_type %v", [input.address, kind]), "path": ["authorization_type"]} if {
	is_object(input.change.after)
	not lib.unknown(["authorization_type"])
	kind := object.get(input.change.after, "authorization_type", null)
	not kind in {"AWS_IAM", "CUSTOM", "JWT"}
}

deny contains lib.unknown_result("authorization_type", "authorization_type") if lib.unknown(["authorization_type"])
