package tfguard.azure.network_nic_ip_forwarding_test

import data.tfguard.azure.network_nic_ip_forwarding as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_network_interface.this", "mode": "managed", "type": "azurerm_network_interface", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_network_interface.this has IP forwarding enabled (ip_forwarding_enabled)", "path": ["ip_forwarding_enabled"]}} with input as _input({"ip_forwarding_enabled": true}, {})
}

test_fails_on_older_provider_enable_ip_forwarding if {
	check.deny == {{"msg": "azurerm_network_interface.this has IP forwarding enabled (enable_ip_forwarding)", "path": ["enable_ip_forwarding"]}} with input as _input({"enable_ip_forwarding": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"ip_forwarding_enabled": false}, {})
}

test_passes_on_older_provider_enable_ip_forwarding if {
	count(check.deny) == 0 with input as _input({"enable_ip_forwarding": false}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"ip_forwarding_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_network_interface.this: ip_forwarding_enabled is not known until apply", "path": ["ip_forwarding_enabled"], "unknown": true}} with input as _input({"ip_forwarding_enabled": null}, {"ip_forwarding_enabled": true})
}
