package main

import rego.v1

deny contains sprintf("%d resources", [n]) if {
	n := count(input.resource_changes)
	n >= 13
	n <= 13
}
