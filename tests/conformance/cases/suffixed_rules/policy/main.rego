package main

import rego.v1

deny_deletes contains rc.address if {
	some rc in input.resource_changes
	"delete" in rc.change.actions
}

warn_creates contains rc.address if {
	some rc in input.resource_changes
	rc.change.actions == ["create"]
}

violation_x_y contains "x" if false
