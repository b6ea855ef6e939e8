package tfguard.aws.apigateway_method_auth_test

import data.tfguard.aws.apigateway_method_auth as check
import rego.v1

_input(after, unknown) := {"address": "aws_api_gateway_method.this", "mode": "managed", "type": "aws_api_gateway_method", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {{"msg": "aws_api_gateway_method.this (GET) has authorization NONE and requires no API key", "path": ["authorization"]}}

test_fails_open_method if {
	check.deny == _fail with input as _input({"http_method": "GET", "authorization": "NONE", "api_key_required": false}, {})
	check.deny == _fail with input as _input({"http_method": "GET", "authorization": "NONE", "api_key_required": null}, {})
	check.deny == _fail with input as _input({"http_method": "GET", "authorization": "NONE"}, {})
}

test_passes_authorized_or_keyed if {
	count(check.deny) == 0 with input as _input({"http_method": "GET", "authorization": "AWS_IAM", "api_key_required": false}, {})
	count(check.deny) == 0 with input as _input({"http_method": "GET", "authorization": "NONE", "api_key_required": true}, {})
}

test_passes_options if {
	count(check.deny) == 0 with input as _input({"http_method": "OPTIONS", "authorization": "NONE"}, {})
}

test_unknown_authorization if {
	check.deny == {{"msg": "aws_api_gateway_method.this: authorization is not known until apply", "path": ["authorization"], "unknown": true}} with input as _input({"http_method": "GET"}, {"authorization": true})
}

test_unknown_api_key if {
	check.deny == {{"msg": "aws_api_gateway_method.this: api_key_required is not known until apply", "path": ["api_key_required"], "unknown": true}} with input as _input({"http_method": "GET", "authorization": "NONE"}, {"api_key_required": true})
}
