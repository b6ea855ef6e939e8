package main

import rego.v1

deny contains sprintf("%v", [array.slice(sort([rc.type | some rc in input.resource_changes]), 0, 2)]) if true

warn contains sprintf("%v", [array.concat([1], [2])]) if true
