package main

import rego.v1

big(rc) if {
	print("helper", rc.type)
	count(rc.change.actions) > 1
}

deny_big contains rc.address if {
	some rc in input.resource_changes
	big(rc)
}

warn contains "w" if true

exception contains rules if {
	print("exception checked")
	rules := ["nothing"]
}
