package tfguard.azure.network_no_public_ingress_test

import data.tfguard.azure.network_no_public_ingress as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_rule(port, source) := {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": source, "source_address_prefixes": [], "destination_port_range": port, "destination_port_ranges": []}

test_fails_on_a_rule_resource_from_anywhere if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows any port inbound from *", "path": []}} with input as _input("azurerm_network_security_rule", _rule("443", "*"), {})
}

test_fails_on_an_inline_rule_from_the_internet_tag if {
	check.deny == {{"msg": "azurerm_network_security_group.this allows any port inbound from Internet", "path": ["security_rule", 1]}} with input as _input("azurerm_network_security_group", {"security_rule": [_rule("443", "10.0.0.0/8"), _rule("80", "Internet")]}, {})
}

test_fails_on_a_prefix_list if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows any port inbound from 0.0.0.0/0", "path": []}} with input as _input("azurerm_network_security_rule", object.union(_rule("443", null), {"source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]}), {})
}

test_passes_from_a_private_range if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", _rule("443", "10.0.0.0/8"), {})
}

test_passes_on_deny_rules if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule("443", "*"), {"access": "Deny"}), {})
}

test_passes_on_outbound_rules if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule("443", "*"), {"direction": "Outbound"}), {})
}

test_passes_when_source_is_null if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule("443", null), {"source_address_prefixes": null}), {})
}

test_passes_when_rules_are_missing if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_group", {}, {})
}

test_passes_when_the_source_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.remove(_rule("443", null), ["source_address_prefix"]), {"source_address_prefix": true})
}
