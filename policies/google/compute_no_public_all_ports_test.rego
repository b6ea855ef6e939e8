package tfguard.google.compute_no_public_all_ports_test

import data.tfguard.google.compute_no_public_all_ports as check
import rego.v1

_input(after, unknown) := {"address": "google_compute_firewall.this", "mode": "managed", "type": "google_compute_firewall", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_protocol_all if {
	check.deny == {{"msg": "google_compute_firewall.this allows all ports (protocol all) from 0.0.0.0/0", "path": ["allow", 0]}} with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all", "ports": []}]}, {})
}

test_fails_on_tcp_without_ports if {
	check.deny == {{"msg": "google_compute_firewall.this allows all ports (protocol tcp) from 0.0.0.0/0", "path": ["allow", 1]}} with input as _input({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "icmp", "ports": []}, {"protocol": "tcp", "ports": null}]}, {"direction": true})
}

test_fails_on_full_range if {
	check.deny == {{"msg": "google_compute_firewall.this allows all ports (protocol udp) from ::/0", "path": ["allow", 0]}} with input as _input({"direction": "INGRESS", "source_ranges": ["::/0"], "allow": [{"protocol": "udp", "ports": ["0-65535"]}]}, {})
}

test_passes_on_some_ports if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443"]}, {"protocol": "icmp", "ports": []}]}, {})
}

test_passes_from_internal_ranges if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "all"}]}, {})
}

test_passes_for_egress if {
	count(check.deny) == 0 with input as _input({"direction": "EGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]}, {})
}

test_passes_without_allow if {
	count(check.deny) == 0 with input as _input({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": null, "deny": [{"protocol": "all"}]}, {})
}
