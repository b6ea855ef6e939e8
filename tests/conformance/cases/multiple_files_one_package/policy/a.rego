package main

import rego.v1

deny contains "from a" if true
