package main

import rego.v1

deny contains "all managed" if {
	every rc in input.resource_changes {
		rc.mode == "managed"
	}
}

warn contains rc.address if {
	some i, rc in input.resource_changes
	i < 2
}
