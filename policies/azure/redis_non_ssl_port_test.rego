package tfguard.azure.redis_non_ssl_port_test

import data.tfguard.azure.redis_non_ssl_port as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_redis_cache.this", "mode": "managed", "type": "azurerm_redis_cache", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_redis_cache.this has the non-TLS port enabled (non_ssl_port_enabled)", "path": ["non_ssl_port_enabled"]}} with input as _input({"non_ssl_port_enabled": true}, {})
}

test_fails_on_older_provider_enable_non_ssl_port if {
	check.deny == {{"msg": "azurerm_redis_cache.this has the non-TLS port enabled (enable_non_ssl_port)", "path": ["enable_non_ssl_port"]}} with input as _input({"enable_non_ssl_port": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"non_ssl_port_enabled": false}, {})
}

test_passes_on_older_provider_enable_non_ssl_port if {
	count(check.deny) == 0 with input as _input({"enable_non_ssl_port": false}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"non_ssl_port_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_redis_cache.this: non_ssl_port_enabled is not known until apply", "path": ["non_ssl_port_enabled"], "unknown": true}} with input as _input({"non_ssl_port_enabled": null}, {"non_ssl_port_enabled": true})
}
