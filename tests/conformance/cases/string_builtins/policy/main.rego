package main

import rego.v1

deny contains msg if {
	some rc in input.resource_changes
	contains(rc.address, "subnet")
	parts := split(rc.address, ".")
	msg := concat("/", [upper(parts[0]), trim(rc.name, "s"), replace(rc.type, "_", "-")])
}
