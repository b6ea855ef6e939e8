package tfguard.azure.defender_standard_tier_test

import data.tfguard.azure.defender_standard_tier as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_security_center_subscription_pricing.this", "mode": "managed", "type": "azurerm_security_center_subscription_pricing", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_security_center_subscription_pricing.this uses the Free tier", "path": ["tier"]}} with input as _input({"tier": "Free"}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"tier": "Standard"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_subscription_pricing.this does not set tier", "path": ["tier"]}} with input as _input({"tier": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_subscription_pricing.this does not set tier", "path": ["tier"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_security_center_subscription_pricing.this: tier is not known until apply", "path": ["tier"], "unknown": true}} with input as _input({"tier": null}, {"tier": true})
}
