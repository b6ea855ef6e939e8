package tfguard.aws.apigatewayv2_route_auth_test

import data.tfguard.aws.apigatewayv2_route_auth as check
import rego.v1

_input(after, unknown) := {"address": "aws_apigatewayv2_route.this", "mode": "managed", "type": "aws_apigatewayv2_route", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_none if {
	check.deny == {{"msg": "aws_apigatewayv2_route.this has authorization_type NONE", "path": ["authorization_type"]}} with input as _input({"route_key": "GET /", "authorization_type": "NONE"}, {})
}

test_fails_null_and_missing if {
	check.deny == {{"msg": "aws_apigatewayv2_route.this has authorization_type null", "path": ["authorization_type"]}} with input as _input({"route_key": "GET /", "authorization_type": null}, {})
	check.deny == {{"msg": "aws_apigatewayv2_route.this has authorization_type null", "path": ["authorization_type"]}} with input as _input({"route_key": "GET /"}, {})
}

test_passes_authorized if {
	count(check.deny) == 0 with input as _input({"authorization_type": "JWT"}, {})
	count(check.deny) == 0 with input as _input({"authorization_type": "AWS_IAM"}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_apigatewayv2_route.this: authorization_type is not known until apply", "path": ["authorization_type"], "unknown": true}} with input as _input({}, {"authorization_type": true})
}
