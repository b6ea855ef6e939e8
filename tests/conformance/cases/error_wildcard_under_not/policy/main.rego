package main

import rego.v1

deny contains "x" if {
	not input.resource_changes[_].change.after
}
