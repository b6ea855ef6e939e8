package main

import rego.v1

deny contains sprintf("%v", [j]) if {
	input.resource_changes[_]
	some j
	input.resource_changes[j].type == "terraform_data"
}
