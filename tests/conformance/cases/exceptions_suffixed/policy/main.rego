package main

import rego.v1

deny_replace contains "replaced" if true

deny_other contains "other" if true

exception contains rules if {
	rules := ["replace"]
}
