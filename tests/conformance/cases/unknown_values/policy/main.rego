package main

import rego.v1

warn contains sprintf("%s: %s unknown", [rc.address, key]) if {
	some rc in input.resource_changes
	some key, v in rc.change.after_unknown
	v == true
	not startswith(key, "id")
}
