package main

import rego.v1

deny contains sprintf("%s is replaced", [rc.address]) if {
	some rc in input.resource_changes
	rc.change.actions == ["delete", "create"]
}
