package tfguard.google.compute_no_public_ingress_test

import data.tfguard.google.compute_no_public_ingress as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_compute_firewall.this", "mode": "managed", "type": "google_compute_firewall", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_compute_firewall.this", "mode": "managed", "type": "google_compute_firewall", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_for_egress if {
	results := check.deny with input as {"address": "google_compute_firewall.this", "mode": "managed", "type": "google_compute_firewall", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"direction": "EGRESS", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 0
}
