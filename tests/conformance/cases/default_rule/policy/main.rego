package main

import rego.v1

default limit := 3

deny contains "too many" if count(input.resource_changes) > limit
