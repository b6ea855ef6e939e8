package main

import rego.v1

deny contains sprintf("%v", [paths]) if {
	paths := [k | [k, v] = walk(input.configuration.root_module.module_calls)]
}
