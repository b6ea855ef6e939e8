package main

import rego.v1

deny contains sprintf("%d changes over %d", [n, data.limits.max]) if {
	n := count(input.resource_changes)
	n > data.limits.max
}
