package main

import rego.v1

deny contains rc.address if {
	some rc in input.resource_changes
	print("checking", rc.address, rc.change.actions)
	"delete" in rc.change.actions
}
