package tfguard.google.compute_no_public_egress_test

import data.tfguard.google.compute_no_public_egress as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_compute_firewall.this allows egress to 0.0.0.0/0", "path": ["destination_ranges"]}} with input as _input("google_compute_firewall", {"direction": "EGRESS", "disabled": false, "destination_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443"]}]}, {})
}

test_passes_to_known_ranges if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "EGRESS", "destination_ranges": ["199.36.153.8/30"], "allow": [{"protocol": "tcp"}]}, {})
}

test_passes_for_deny_rules if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "EGRESS", "destination_ranges": ["0.0.0.0/0"], "allow": [], "deny": [{"protocol": "all"}]}, {})
}

test_passes_for_ingress if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "INGRESS", "destination_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "EGRESS", "disabled": true, "destination_ranges": ["::/0"], "allow": [{"protocol": "all"}]}, {})
}

test_passes_when_ranges_null if {
	count(check.deny) == 0 with input as _input("google_compute_firewall", {"direction": "EGRESS", "destination_ranges": null, "allow": null}, {})
}
