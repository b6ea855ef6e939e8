package tfguard.google.compute_shielded_vm_test

import data.tfguard.google.compute_shielded_vm as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_vtpm if {
	check.deny == {{"msg": "google_compute_instance.this has shielded_instance_config.enable_vtpm = false", "path": ["shielded_instance_config", 0, "enable_vtpm"]}} with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": true, "enable_vtpm": false, "enable_integrity_monitoring": true}]}, {})
}

test_fails_without_integrity_monitoring if {
	check.deny == {{"msg": "google_compute_instance_template.this has shielded_instance_config.enable_integrity_monitoring = false", "path": ["shielded_instance_config", 0, "enable_integrity_monitoring"]}} with input as _input("google_compute_instance_template", {"shielded_instance_config": [{"enable_vtpm": true, "enable_integrity_monitoring": false}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_vtpm": true, "enable_integrity_monitoring": true}]}, {})
}

test_passes_with_null_values if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_vtpm": null, "enable_integrity_monitoring": null}]}, {})
}

test_passes_without_block if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"shielded_instance_config": []}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_instance.this: shielded_instance_config.enable_vtpm is not known until apply", "path": ["shielded_instance_config"], "unknown": true}} with input as _input("google_compute_instance", {"shielded_instance_config": [{"enable_integrity_monitoring": true}]}, {"shielded_instance_config": [{"enable_vtpm": true}]})
}
