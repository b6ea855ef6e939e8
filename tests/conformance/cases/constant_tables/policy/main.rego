package main

import rego.v1

import data.tables

allowed_types := {
	"null_resource",
	"aws_instance",
}

limits := {"terraform_data": 2, "aws_instance": 1}

names := {"é": "accent", "ü": "umlaut"}

deny contains sprintf("%s is not allowed", [rc.address]) if {
	some rc in input.resource_changes
	not rc.type in allowed_types
	rc.type != "terraform_data"
}

deny contains sprintf("%d %s over %d", [n, type, max]) if {
	some type, max in limits
	n := count([rc | some rc in input.resource_changes; rc.type == type])
	n > max
}

warn contains sprintf("é is %s, tables: %v", [names["é"], tables.order]) if true

warn contains sprintf("lib: %v", [data.tables]) if true

warn contains "allowed replaced" if {
	count(data.main.allowed_types) == 0 with data.main.allowed_types as set()
}

warn contains "limits replaced" if {
	data.main.limits.terraform_data == 0 with data.main.limits as {"terraform_data": 0}
}
