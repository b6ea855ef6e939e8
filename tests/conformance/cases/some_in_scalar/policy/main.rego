package main

import rego.v1

deny contains sprintf("%s iterates", [rc.address]) if {
	some rc in input.resource_changes
	some x in object.get(rc.change, "after", {})
	is_string(x)
}

warn contains "none" if {
	some y in input.format_version
}
