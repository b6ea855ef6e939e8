package main

import rego.v1

a := {rc.type | some rc in input.resource_changes}

b := {"terraform_data", "aws_instance"}

deny contains sprintf("%v %v", [a & b, b - a]) if true
