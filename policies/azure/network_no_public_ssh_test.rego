package tfguard.azure.network_no_public_ssh_test

import data.tfguard.azure.network_no_public_ssh as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"direction": "Inbound", "access": "Allow", "source_address_prefix": "*", "destination_port_range": "22"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"direction": "Inbound", "access": "Allow", "source_address_prefix": "10.0.0.0/8", "destination_port_range": "22"}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_inline if {
	results := check.deny with input as {"address": "azurerm_network_security_group.this", "mode": "managed", "type": "azurerm_network_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"security_rule": [{"direction": "Inbound", "access": "Allow", "source_address_prefix": "Internet", "destination_port_range": "*"}]}, "after_unknown": {}}}
	count(results) == 1
}
