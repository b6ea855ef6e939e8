package main

import rego.v1

import future.keywords.not

deny contains "negated" if not input.nope + 1 == 2
