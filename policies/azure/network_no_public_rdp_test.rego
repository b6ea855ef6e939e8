package tfguard.azure.network_no_public_rdp_test

import data.tfguard.azure.network_no_public_rdp as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_rule(port, source) := {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": source, "source_address_prefixes": [], "destination_port_range": port, "destination_port_ranges": []}

test_fails_on_a_rule_resource_from_anywhere if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows RDP (port 3389) inbound from *", "path": []}} with input as _input("azurerm_network_security_rule", _rule("3389", "*"), {})
}

test_fails_from_the_internet_tag_on_a_port_range if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows RDP (port 3389) inbound from Internet", "path": []}} with input as _input("azurerm_network_security_rule", _rule("1-65535", "Internet"), {})
}

test_fails_on_an_inline_rule_with_port_lists if {
	check.deny == {{"msg": "azurerm_network_security_group.this allows RDP (port 3389) inbound from 0.0.0.0/0", "path": ["security_rule", 1]}} with input as _input("azurerm_network_security_group", {"security_rule": [_rule("443", "*"), object.union(_rule(null, null), {"source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"], "destination_port_ranges": ["443", "3389"]})]}, {})
}

test_fails_on_any_port if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows RDP (port 3389) inbound from *", "path": []}} with input as _input("azurerm_network_security_rule", _rule("*", "*"), {})
}

test_passes_from_a_private_range if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", _rule("3389", "10.0.0.0/8"), {})
}

test_passes_on_another_port if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", _rule("443", "*"), {})
}

test_passes_on_deny_rules if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule("3389", "*"), {"access": "Deny"}), {})
}

test_passes_on_outbound_rules if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule("3389", "*"), {"direction": "Outbound"}), {})
}

test_passes_when_source_and_ports_are_null if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.union(_rule(null, null), {"source_address_prefixes": null, "destination_port_ranges": null}), {})
}

test_passes_when_the_group_has_no_rules if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_group", {"security_rule": null}, {})
}

test_passes_when_rules_are_missing if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_group", {}, {})
}

test_passes_when_the_source_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_network_security_rule", object.remove(_rule("3389", null), ["source_address_prefix"]), {"source_address_prefix": true})
}
