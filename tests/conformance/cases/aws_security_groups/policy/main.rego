package main

import rego.v1

deny contains sprintf("%s opens %v", [rc.address, rule.from_port]) if {
	some rc in input.resource_changes
	rc.type == "aws_security_group"
	some rule in rc.change.after.ingress
	"0.0.0.0/0" in rule.cidr_blocks
}
