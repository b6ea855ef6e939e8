package main

import rego.v1

deny contains rc.address if {
	some rc in input.resource_changes
	regex.match(`^aws_(s3|iam)`, rc.type)
}

warn contains "cidr" if net.cidr_contains("10.0.0.0/8", "10.1.2.3")
