package tfguard.aws.apigateway_access_logging_test

import data.tfguard.aws.apigateway_access_logging as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_v1_without_settings if {
	check.deny == {{"msg": "aws_api_gateway_stage.this has no access logging (access_log_settings.destination_arn)", "path": ["access_log_settings"]}} with input as _input("aws_api_gateway_stage", {"access_log_settings": []}, {})
}

test_fails_v2_null_and_missing if {
	check.deny == {{"msg": "aws_apigatewayv2_stage.this has no access logging (access_log_settings.destination_arn)", "path": ["access_log_settings"]}} with input as _input("aws_apigatewayv2_stage", {"access_log_settings": null}, {})
	check.deny == {{"msg": "aws_apigatewayv2_stage.this has no access logging (access_log_settings.destination_arn)", "path": ["access_log_settings"]}} with input as _input("aws_apigatewayv2_stage", {}, {})
}

test_passes_with_destination if {
	count(check.deny) == 0 with input as _input("aws_api_gateway_stage", {"access_log_settings": [{"destination_arn": "arn:aws:logs:us-east-1:1:log-group:api", "format": "$context.requestId"}]}, {})
	count(check.deny) == 0 with input as _input("aws_apigatewayv2_stage", {"access_log_settings": [{"destination_arn": "arn:aws:logs:us-east-1:1:log-group:api", "format": "$context.requestId"}]}, {})
}

test_unknown_destination if {
	check.deny == {{"msg": "aws_api_gateway_stage.this: access_log_settings.destination_arn is not known until apply", "path": ["access_log_settings"], "unknown": true}} with input as _input("aws_api_gateway_stage", {"access_log_settings": [{"format": "x"}]}, {"access_log_settings": [{"destination_arn": true}]})
}
