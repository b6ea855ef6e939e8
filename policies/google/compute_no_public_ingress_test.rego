package tfguard.google.compute_no_public_ingress_test

import data.tfguard.google.compute_no_public_ingress as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_fw(after) := _input("google_compute_firewall", after, {})

test_fails_on_ssh_from_anywhere if {
	check.deny == {{"msg": "google_compute_firewall.this allows 22 from 0.0.0.0/0", "path": ["source_ranges"]}} with input as _fw({"direction": "INGRESS", "disabled": false, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]})
}

test_fails_on_all_ports_and_several_ports if {
	check.deny == {
		{"msg": "google_compute_firewall.this allows all ports from 0.0.0.0/0", "path": ["source_ranges"]},
		{"msg": "google_compute_firewall.this allows 80,443 from 0.0.0.0/0", "path": ["source_ranges"]},
	} with input as _fw({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "icmp", "ports": []}, {"protocol": "tcp", "ports": ["80", "443"]}]})
}

# direction null or missing: the provider default is INGRESS.
test_fails_when_direction_is_null if {
	check.deny == {{"msg": "google_compute_firewall.this allows all ports from ::/0", "path": ["source_ranges"]}} with input as _fw({"direction": null, "source_ranges": ["::/0"], "allow": [{"protocol": "all", "ports": null}]})
}

test_fails_when_direction_is_missing if {
	check.deny == {{"msg": "google_compute_firewall.this allows 3389 from 0.0.0.0/0", "path": ["source_ranges"]}} with input as _fw({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["3389"]}]})
}

test_passes_from_a_private_range if {
	count(check.deny) == 0 with input as _fw({"direction": "INGRESS", "source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "tcp", "ports": ["22"]}]})
}

test_passes_for_egress if {
	count(check.deny) == 0 with input as _fw({"direction": "EGRESS", "destination_ranges": ["0.0.0.0/0"], "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443"]}]})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _fw({"direction": "INGRESS", "disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp"}]})
}

test_passes_on_deny_rules if {
	count(check.deny) == 0 with input as _fw({"direction": "INGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [], "deny": [{"protocol": "all"}]})
}

test_passes_when_source_ranges_are_null if {
	count(check.deny) == 0 with input as _fw({"direction": "INGRESS", "source_ranges": null, "source_tags": ["web"], "allow": [{"protocol": "tcp", "ports": ["22"]}]})
}

test_passes_when_source_ranges_are_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "INGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}]}, {"source_ranges": true})
}
