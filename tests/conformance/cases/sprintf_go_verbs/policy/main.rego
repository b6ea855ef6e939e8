package main

import rego.v1

deny contains sprintf("%-40s|%10s|%-5d|%8.3f|%q|%v|%d|%s", [rc.address, rc.type, 7, 3.14159, rc.name, [1, "a"], "x", 5]) if {
	some rc in input.resource_changes
}
