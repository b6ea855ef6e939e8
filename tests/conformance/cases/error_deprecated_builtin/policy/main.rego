package main

import rego.v1

deny contains "x" if net.cidr_overlap("10.0.0.0/8", "10.1.1.1")
