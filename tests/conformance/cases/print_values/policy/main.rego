package main

import rego.v1

warn contains "printed" if {
	print("values:", 1, 2.5, true, null, [1, "a"], {"k": "v", "a": 1}, {2, 1}, input.nope)
}
