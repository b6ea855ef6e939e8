package main

import rego.v1

violation contains {"msg": "big plan"} if count(input.resource_changes) > 10
