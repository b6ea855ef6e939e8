package main

import rego.v1

deny contains sprintf("%v %v %v", [object.get(input, "format_version", "?"), 7 / 2, round(2.5)]) if true
