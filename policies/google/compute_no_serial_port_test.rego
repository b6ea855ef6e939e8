package tfguard.google.compute_no_serial_port_test

import data.tfguard.google.compute_no_serial_port as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_enabled if {
	check.deny == {{"msg": "google_compute_instance.this enables the serial console (metadata serial-port-enable = \"TRUE\")", "path": ["metadata", "serial-port-enable"]}} with input as _input("google_compute_instance", {"metadata": {"serial-port-enable": "TRUE"}}, {})
}

test_fails_on_template_with_1 if {
	check.deny == {{"msg": "google_compute_instance_template.this enables the serial console (metadata serial-port-enable = \"1\")", "path": ["metadata", "serial-port-enable"]}} with input as _input("google_compute_instance_template", {"metadata": {"serial-port-enable": "1"}}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {"serial-port-enable": "false"}}, {})
}

test_passes_when_unset if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}}, {})
}

test_passes_when_metadata_null if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": null}, {})
}

test_passes_when_metadata_missing if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {}, {})
}

test_unknown_value if {
	check.deny == {{"msg": "google_compute_instance.this: metadata.serial-port-enable is not known until apply", "path": ["metadata"], "unknown": true}} with input as _input("google_compute_instance", {"metadata": {}}, {"metadata": {"serial-port-enable": true}})
}

test_unknown_metadata if {
	check.deny == {{"msg": "google_compute_instance.this: metadata is not known until apply", "path": ["metadata"], "unknown": true}} with input as _input("google_compute_instance", {}, {"metadata": true})
}
