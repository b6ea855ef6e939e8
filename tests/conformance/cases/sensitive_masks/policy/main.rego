package main

import rego.v1

warn contains sprintf("%s has sensitive %s", [rc.address, key]) if {
	some rc in input.resource_changes
	some key, v in rc.change.after_sensitive
	v == true
}
