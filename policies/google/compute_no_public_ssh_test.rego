package tfguard.google.compute_no_public_ssh_test

import data.tfguard.google.compute_no_public_ssh as check
import rego.v1

_input(after, unknown) := {"address": "google_compute_firewall.this", "mode": "managed", "type": "google_compute_firewall", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg(cidr) := sprintf("google_compute_firewall.this allows SSH (port 22) from %s", [cidr])

test_fails_on_the_port if {
	check.deny == {{"msg": _msg("0.0.0.0/0"), "path": ["allow", 0]}} with input as _input({"direction": "INGRESS", "disabled": false, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_fails_on_a_range if {
	check.deny == {{"msg": _msg("::/0"), "path": ["allow", 1]}} with input as _input({"direction": "INGRESS", "source_ranges": ["::/0"], "allow": [{"protocol": "icmp", "ports": []}, {"protocol": "tcp", "ports": ["21-23"]}]}, {})
}

test_fails_on_all_ports if {
	check.deny == {{"msg": _msg("0.0.0.0/0"), "path": ["allow", 0]}} with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": []}]}, {})
}

test_fails_on_all_protocols if {
	check.deny == {{"msg": _msg("0.0.0.0/0"), "path": ["allow", 0]}} with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all", "ports": null}]}, {})
}

# direction unset: the plan shows it unknown, and the default is INGRESS.
test_fails_when_direction_unset if {
	check.deny == {{"msg": _msg("0.0.0.0/0"), "path": ["allow", 0]}} with input as _input({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {"direction": true})
}

test_passes_from_a_known_range if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["203.0.113.0/24"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_passes_on_other_ports if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443", "8000-8100"]}]}, {})
}

test_passes_for_udp if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "udp", "ports": ["22"]}]}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_passes_for_egress if {
	count(check.deny) == 0 with input as _input({"direction": "EGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_passes_with_source_tags_only if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": null, "source_tags": ["web"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_passes_for_a_deny_rule if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [], "deny": [{"protocol": "tcp", "ports": ["22"]}]}, {})
}

test_unknown_source_ranges if {
	check.deny == {{"msg": "google_compute_firewall.this: source_ranges is not known until apply", "path": ["source_ranges"], "unknown": true}} with input as _input({"direction": "INGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {"source_ranges": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_compute_firewall", "name": "this", "expressions": {"source_ranges": {"references": ["google_compute_address.x.address"]}}}]}}
}
