package main

import rego.v1

deny contains "d" if true

warn_quiet contains "q" if false

exception contains rules if {
	rules := ["deny", "quiet"]
}
