package tfguard.azure.mysql_min_tls_test

import data.tfguard.azure.mysql_min_tls as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mysql_server.this", "mode": "managed", "type": "azurerm_mysql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_mysql_server.this has minimum TLS version TLS1_0", "path": ["ssl_minimal_tls_version_enforced"]}} with input as _input({"ssl_minimal_tls_version_enforced": "TLS1_0"}, {})
}

test_fails_when_bad_1 if {
	check.deny == {{"msg": "azurerm_mysql_server.this has minimum TLS version TLS1_1", "path": ["ssl_minimal_tls_version_enforced"]}} with input as _input({"ssl_minimal_tls_version_enforced": "TLS1_1"}, {})
}

test_fails_when_bad_2 if {
	check.deny == {{"msg": "azurerm_mysql_server.this has minimum TLS version TLSEnforcementDisabled", "path": ["ssl_minimal_tls_version_enforced"]}} with input as _input({"ssl_minimal_tls_version_enforced": "TLSEnforcementDisabled"}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"ssl_minimal_tls_version_enforced": "TLS1_2"}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"ssl_minimal_tls_version_enforced": "TLS1_3"}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"ssl_minimal_tls_version_enforced": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mysql_server.this: ssl_minimal_tls_version_enforced is not known until apply", "path": ["ssl_minimal_tls_version_enforced"], "unknown": true}} with input as _input({"ssl_minimal_tls_version_enforced": null}, {"ssl_minimal_tls_version_enforced": true})
}
