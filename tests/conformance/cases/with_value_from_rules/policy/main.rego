package main

import rego.v1

first := input.resource_changes[0]

type_of := input.type

deny contains t if {
	t := type_of with input as first
}
