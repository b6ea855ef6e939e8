package tfguard.google.compute_no_public_ip_test

import data.tfguard.google.compute_no_public_ip as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_ephemeral_ip if {
	check.deny == {{"msg": "google_compute_instance.this has an external IP on network_interface 0", "path": ["network_interface", 0, "access_config"]}} with input as _input("google_compute_instance", {"network_interface": [{"network": "default", "access_config": [{"nat_ip": null, "network_tier": "PREMIUM"}]}]}, {})
}

test_fails_on_second_interface_of_template if {
	check.deny == {{"msg": "google_compute_instance_template.this has an external IP on network_interface 1", "path": ["network_interface", 1, "access_config"]}} with input as _input("google_compute_instance_template", {"network_interface": [{"access_config": []}, {"access_config": [{}]}]}, {})
}

test_passes_without_access_config if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"network_interface": [{"network": "default", "access_config": []}]}, {})
}

test_passes_when_access_config_null if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"network_interface": [{"network": "default", "access_config": null}]}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_instance.this: network_interface.access_config is not known until apply", "path": ["network_interface"], "unknown": true}} with input as _input("google_compute_instance", {"network_interface": [{"network": "default"}]}, {"network_interface": [{"access_config": true}]})
}
