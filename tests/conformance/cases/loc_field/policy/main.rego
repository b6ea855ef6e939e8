package main

import rego.v1

deny contains {"msg": "located", "_loc": {"file": "main.tf", "line": 12}} if true
