package main

import rego.v1

any(xs) if {
	some x in xs
	x
}

deny contains "any" if any([false, true])
