package main

import rego.v1

deny contains {"msg": "m", "list": [1, "two", true], "nested": {"b": 2, "a": 1}, "html": "<b>&</b>"} if true
