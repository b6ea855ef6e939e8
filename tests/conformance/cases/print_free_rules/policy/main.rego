package main

import rego.v1

deny contains "d" if {
	x := 1
	x == 1
}
