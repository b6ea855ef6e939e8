package main

import rego.v1

deny_x contains "x" if true

exception contains ["x"] if true

exception contains ["x", "y"] if true
