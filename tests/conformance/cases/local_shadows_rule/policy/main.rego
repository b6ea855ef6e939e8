package main

import rego.v1

resource := "rule"

names(xs) := [resource | some resource in xs]

deny contains concat(",", names(["a", "b"])) if true

warn contains resource if true
