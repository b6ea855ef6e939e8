package main

import rego.v1

deny contains sprintf("%s: %v", [rc.address, doc.Statement[0].Action]) if {
	some rc in input.resource_changes
	is_string(rc.change.after.policy)
	doc := json.unmarshal(rc.change.after.policy)
}
