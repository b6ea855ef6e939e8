package main

import rego.v1

deny contains rc.address if {
	some rc in input.resource_changes
	rc.change.after.input.public == true
}

warn contains rc.address if {
	some rc in input.resource_changes
	rc.change.after.input.acl == "public-read"
}
