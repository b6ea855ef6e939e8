package tfguard.aws.apigateway_domain_tls_test

import data.tfguard.aws.apigateway_domain_tls as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_v1_tls10 if {
	check.deny == {{"msg": "aws_api_gateway_domain_name.this uses the security policy TLS_1_0", "path": ["security_policy"]}} with input as _input("aws_api_gateway_domain_name", {"security_policy": "TLS_1_0"}, {})
}

test_fails_v2_tls10 if {
	check.deny == {{"msg": "aws_apigatewayv2_domain_name.this uses the security policy TLS_1_0", "path": ["domain_name_configuration", 0, "security_policy"]}} with input as _input("aws_apigatewayv2_domain_name", {"domain_name_configuration": [{"security_policy": "TLS_1_0", "endpoint_type": "REGIONAL"}]}, {})
}

test_passes_modern if {
	count(check.deny) == 0 with input as _input("aws_api_gateway_domain_name", {"security_policy": "TLS_1_2"}, {})
	count(check.deny) == 0 with input as _input("aws_api_gateway_domain_name", {"security_policy": "SecurityPolicy_TLS13_1_3_2025_09"}, {})
	count(check.deny) == 0 with input as _input("aws_apigatewayv2_domain_name", {"domain_name_configuration": [{"security_policy": "TLS_1_2"}]}, {})
}

test_passes_null_missing_unknown if {
	count(check.deny) == 0 with input as _input("aws_api_gateway_domain_name", {"security_policy": null}, {})
	count(check.deny) == 0 with input as _input("aws_api_gateway_domain_name", {}, {"security_policy": true})
	count(check.deny) == 0 with input as _input("aws_apigatewayv2_domain_name", {"domain_name_configuration": null}, {})
}
