package main

import rego.v1

import data.limits["max"]

deny contains "over" if count(input.resource_changes) > max
