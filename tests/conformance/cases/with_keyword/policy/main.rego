package main

import rego.v1

fmt := input.format_version

deny contains v if {
	v := fmt with input as {"format_version": "9"}
}
