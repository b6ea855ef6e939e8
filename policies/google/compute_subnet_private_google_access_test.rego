package tfguard.google.compute_subnet_private_google_access_test

import data.tfguard.google.compute_subnet_private_google_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_compute_subnetwork.this does not set private_ip_google_access = true"

test_fails_when_false if {
	check.deny == {{"msg": _msg, "path": ["private_ip_google_access"]}} with input as _input("google_compute_subnetwork", {"private_ip_google_access": false}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": _msg, "path": ["private_ip_google_access"]}} with input as _input("google_compute_subnetwork", {"private_ip_google_access": null}, {})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": _msg, "path": ["private_ip_google_access"]}} with input as _input("google_compute_subnetwork", {}, {"private_ip_google_access": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_compute_subnetwork", "name": "this", "expressions": {"name": {"constant_value": "s"}}}]}}
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_subnetwork", {"private_ip_google_access": true}, {})
}

test_skips_proxy_only_subnets if {
	count(check.deny) == 0 with input as _input("google_compute_subnetwork", {"purpose": "GLOBAL_MANAGED_PROXY", "private_ip_google_access": false}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_subnetwork.this: private_ip_google_access is not known until apply", "path": ["private_ip_google_access"], "unknown": true}} with input as _input("google_compute_subnetwork", {}, {"private_ip_google_access": true})
}
