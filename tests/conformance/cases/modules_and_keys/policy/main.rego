package main

import rego.v1

warn contains rc.address if {
	some rc in input.resource_changes
	rc.index == "a"
}

deny contains rc.module_address if {
	some rc in input.resource_changes
	is_number(rc.index)
	rc.module_address
}
