package main

import rego.v1

deny contains {"msg": sprintf("%s changes", [rc.address]), "kind": rc.type, "n": 1} if {
	some rc in input.resource_changes
	"update" in rc.change.actions
}
