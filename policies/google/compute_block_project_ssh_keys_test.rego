package tfguard.google.compute_block_project_ssh_keys_test

import data.tfguard.google.compute_block_project_ssh_keys as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_compute_instance.this accepts project-wide SSH keys (metadata block-project-ssh-keys is not TRUE)"

test_fails_when_false if {
	check.deny == {{"msg": _msg, "path": ["metadata"]}} with input as _input("google_compute_instance", {"metadata": {"block-project-ssh-keys": "false"}}, {})
}

test_fails_when_unset if {
	check.deny == {{"msg": _msg, "path": ["metadata"]}} with input as _input("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}}, {})
}

test_fails_when_metadata_null if {
	check.deny == {{"msg": _msg, "path": ["metadata"]}} with input as _input("google_compute_instance", {"metadata": null}, {})
}

test_fails_when_metadata_missing if {
	check.deny == {{"msg": "google_compute_instance_template.this accepts project-wide SSH keys (metadata block-project-ssh-keys is not TRUE)", "path": ["metadata"]}} with input as _input("google_compute_instance_template", {}, {})
}

test_passes_when_true if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {"block-project-ssh-keys": "TRUE"}}, {})
}

test_passes_when_lowercase_true if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {"block-project-ssh-keys": "true"}}, {})
}

test_from_template_inherits_when_unset if {
	count(check.deny) == 0 with input as _input("google_compute_instance_from_template", {"metadata": {}}, {})
}

test_from_template_fails_when_false if {
	check.deny == {{"msg": "google_compute_instance_from_template.this accepts project-wide SSH keys (metadata block-project-ssh-keys = \"FALSE\")", "path": ["metadata", "block-project-ssh-keys"]}} with input as _input("google_compute_instance_from_template", {"metadata": {"block-project-ssh-keys": "FALSE"}}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_instance.this: metadata.block-project-ssh-keys is not known until apply", "path": ["metadata"], "unknown": true}} with input as _input("google_compute_instance", {"metadata": {}}, {"metadata": {"block-project-ssh-keys": true}})
}
