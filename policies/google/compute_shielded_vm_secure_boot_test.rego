package tfguard.google.compute_shielded_vm_secure_boot_test

import data.tfguard.google.compute_shielded_vm_secure_boot as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_false if {
	check.deny == {{"msg": "google_compute_instance.this does not enable Secure Boot", "path": ["shielded_instance_config", 0, "enable_secure_boot"]}} with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": false, "enable_vtpm": true}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_compute_instance.this does not enable Secure Boot", "path": ["shielded_instance_config", 0, "enable_secure_boot"]}} with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": null}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_compute_instance_template.this does not enable Secure Boot (no shielded_instance_config)", "path": ["shielded_instance_config"]}} with input as _input("google_compute_instance_template", {"shielded_instance_config": []}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_compute_instance.this does not enable Secure Boot (no shielded_instance_config)", "path": ["shielded_instance_config"]}} with input as _input("google_compute_instance", {}, {})
}

test_fails_when_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_compute_instance.this does not enable Secure Boot (no shielded_instance_config)", "path": ["shielded_instance_config"]}} with input as _input("google_compute_instance", {}, {"shielded_instance_config": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_compute_instance", "name": "this", "expressions": {"name": {"constant_value": "vm"}}}]}}
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": true}]}, {})
}

test_from_template_inherits if {
	count(check.deny) == 0 with input as _input("google_compute_instance_from_template", {"shielded_instance_config": []}, {})
}

test_from_template_fails_when_false if {
	check.deny == {{"msg": "google_compute_instance_from_template.this does not enable Secure Boot", "path": ["shielded_instance_config", 0, "enable_secure_boot"]}} with input as _input("google_compute_instance_from_template", {"shielded_instance_config": [{"enable_secure_boot": false}]}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "google_compute_instance.this: shielded_instance_config is not known until apply", "path": ["shielded_instance_config"], "unknown": true}} with input as _input("google_compute_instance", {}, {"shielded_instance_config": true})
}

test_unknown_value if {
	check.deny == {{"msg": "google_compute_instance.this: shielded_instance_config.enable_secure_boot is not known until apply", "path": ["shielded_instance_config"], "unknown": true}} with input as _input("google_compute_instance", {"shielded_instance_config": [{}]}, {"shielded_instance_config": [{"enable_secure_boot": true}]})
}
