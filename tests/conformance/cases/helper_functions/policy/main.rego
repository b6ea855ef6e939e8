package main

import rego.v1

is_replace(rc) if rc.change.actions == ["delete", "create"]

is_replace(rc) if rc.change.actions == ["create", "delete"]

deny contains rc.address if {
	some rc in input.resource_changes
	is_replace(rc)
}
