package tfguard.aws.apigateway_cache_encryption_test

import data.tfguard.aws.apigateway_cache_encryption as check
import rego.v1

_input(after, unknown) := {"address": "aws_api_gateway_method_settings.this", "mode": "managed", "type": "aws_api_gateway_method_settings", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {{"msg": "aws_api_gateway_method_settings.this caches responses without encryption", "path": ["settings", 0, "cache_data_encrypted"]}}

test_fails_unencrypted_cache if {
	check.deny == _fail with input as _input({"settings": [{"caching_enabled": true, "cache_data_encrypted": false}]}, {})
	check.deny == _fail with input as _input({"settings": [{"caching_enabled": true, "cache_data_encrypted": null}]}, {})
	check.deny == _fail with input as _input({"settings": [{"caching_enabled": true}]}, {})
}

test_passes_encrypted_or_no_cache if {
	count(check.deny) == 0 with input as _input({"settings": [{"caching_enabled": true, "cache_data_encrypted": true}]}, {})
	count(check.deny) == 0 with input as _input({"settings": [{"caching_enabled": false, "cache_data_encrypted": false}]}, {})
	count(check.deny) == 0 with input as _input({"settings": null}, {})
}

test_unknown_encryption if {
	check.deny == {{"msg": "aws_api_gateway_method_settings.this: settings[0].cache_data_encrypted is not known until apply", "path": ["settings", 0, "cache_data_encrypted"], "unknown": true}} with input as _input({"settings": [{"caching_enabled": true}]}, {"settings": [{"cache_data_encrypted": true}]})
}
