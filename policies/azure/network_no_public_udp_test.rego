package tfguard.azure.network_no_public_udp_test

import data.tfguard.azure.network_no_public_udp as check
import rego.v1

_rule(after) := {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": {}}}

_group(rules) := {"address": "azurerm_network_security_group.this", "mode": "managed", "type": "azurerm_network_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"security_rule": rules}, "after_unknown": {}}}

_udp(source) := {"direction": "Inbound", "access": "Allow", "protocol": "Udp", "source_address_prefix": source, "destination_port_range": "53"}

test_fails_udp_from_any if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows UDP inbound from *", "path": []}} with input as _rule(_udp("*"))
}

test_fails_udp_from_internet_tag if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows UDP inbound from Internet", "path": []}} with input as _rule(_udp("Internet"))
}

test_fails_udp_from_prefixes if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows UDP inbound from 0.0.0.0/0", "path": []}} with input as _rule(object.union(_udp(null), {"source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]}))
}

test_fails_second_inline_rule if {
	check.deny == {{"msg": "azurerm_network_security_group.this allows UDP inbound from *", "path": ["security_rule", 1]}} with input as _group([_udp("10.0.0.0/8"), _udp("*")])
}

test_passes_private_source if {
	count(check.deny) == 0 with input as _rule(_udp("10.0.0.0/8"))
}

test_passes_tcp if {
	count(check.deny) == 0 with input as _rule(object.union(_udp("*"), {"protocol": "Tcp"}))
}

test_passes_outbound if {
	count(check.deny) == 0 with input as _rule(object.union(_udp("*"), {"direction": "Outbound"}))
}

test_passes_deny_rule if {
	count(check.deny) == 0 with input as _rule(object.union(_udp("*"), {"access": "Deny"}))
}

test_passes_null_protocol_and_source if {
	count(check.deny) == 0 with input as _rule({"direction": "Inbound", "access": "Allow", "protocol": null, "source_address_prefix": null})
}

test_passes_empty_group if {
	count(check.deny) == 0 with input as _group([])
}

test_passes_null_group_rules if {
	count(check.deny) == 0 with input as _group(null)
}

test_unknown_source if {
	check.deny == {{"msg": "azurerm_network_security_rule.this: source_address_prefix is not known until apply", "path": ["source_address_prefix"], "unknown": true}} with input as {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": _udp(null), "after_unknown": {"source_address_prefix": true}}}
}

test_passes_null_direction_and_access if {
	count(check.deny) == 0 with input as _rule({"direction": null, "access": null, "protocol": "Udp", "source_address_prefix": "*"})
}
