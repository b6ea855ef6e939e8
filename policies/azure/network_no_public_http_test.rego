package tfguard.azure.network_no_public_http_test

import data.tfguard.azure.network_no_public_http as check
import rego.v1

_rule(after) := {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": {}}}

_group(rules) := {"address": "azurerm_network_security_group.this", "mode": "managed", "type": "azurerm_network_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"security_rule": rules}, "after_unknown": {}}}

_http(port) := {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": "*", "destination_port_range": port}

test_fails_port_80 if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows HTTP (port 80) inbound from *", "path": []}} with input as _rule(_http("80"))
}

test_fails_range if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows HTTP (port 80) inbound from *", "path": []}} with input as _rule(_http("1-1024"))
}

test_fails_any_port_any_protocol if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows HTTP (port 80) inbound from *", "path": []}} with input as _rule(object.union(_http("*"), {"protocol": "*"}))
}

test_fails_port_ranges_list if {
	check.deny == {{"msg": "azurerm_network_security_rule.this allows HTTP (port 80) inbound from *", "path": []}} with input as _rule(object.union(_http(null), {"destination_port_ranges": ["443", "80"]}))
}

test_fails_inline if {
	check.deny == {{"msg": "azurerm_network_security_group.this allows HTTP (port 80) inbound from Internet", "path": ["security_rule", 0]}} with input as _group([object.union(_http("80"), {"source_address_prefix": "Internet"})])
}

test_passes_https_only if {
	count(check.deny) == 0 with input as _rule(_http("443"))
}

test_passes_udp if {
	count(check.deny) == 0 with input as _rule(object.union(_http("80"), {"protocol": "Udp"}))
}

test_passes_private_source if {
	count(check.deny) == 0 with input as _rule(object.union(_http("80"), {"source_address_prefix": "10.0.0.0/8"}))
}

test_passes_null_ports if {
	count(check.deny) == 0 with input as _rule(_http(null))
}

test_unknown_source if {
	check.deny == {{"msg": "azurerm_network_security_rule.this: source_address_prefix is not known until apply", "path": ["source_address_prefix"], "unknown": true}} with input as {"address": "azurerm_network_security_rule.this", "mode": "managed", "type": "azurerm_network_security_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union(_http("80"), {"source_address_prefix": null}), "after_unknown": {"source_address_prefix": true}}}
}
