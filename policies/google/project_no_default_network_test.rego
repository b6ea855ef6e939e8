package tfguard.google.project_no_default_network_test

import data.tfguard.google.project_no_default_network as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_project.this creates the default network (auto_create_network is not false)"

test_fails_when_true if {
	check.deny == {{"msg": _msg, "path": ["auto_create_network"]}} with input as _input("google_project", {"project_id": "p", "auto_create_network": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": _msg, "path": ["auto_create_network"]}} with input as _input("google_project", {"project_id": "p", "auto_create_network": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": _msg, "path": ["auto_create_network"]}} with input as _input("google_project", {"project_id": "p"}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_project", {"project_id": "p", "auto_create_network": false}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_project.this: auto_create_network is not known until apply", "path": ["auto_create_network"], "unknown": true}} with input as _input("google_project", {"project_id": "p"}, {"auto_create_network": true})
}
