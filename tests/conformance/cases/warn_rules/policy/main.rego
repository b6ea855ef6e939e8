package main

import rego.v1

warn contains rc.address if {
	some rc in input.resource_changes
	"no-op" in rc.change.actions
}
