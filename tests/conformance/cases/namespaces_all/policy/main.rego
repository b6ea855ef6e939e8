package main

import rego.v1

deny contains "main" if true
