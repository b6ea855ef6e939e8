package main

import rego.v1

label := sprintf("%d resources", [count(input.resource_changes)])

deny contains l if {
	l := label with sprintf as "mocked"
}

warn contains label if true
