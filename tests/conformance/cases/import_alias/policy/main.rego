package main

import rego.v1

import data.lib.helpers
import input as tfplan

deny contains helpers.name(rc) if {
	some rc in tfplan.resource_changes
	helpers.replaced(rc)
}
