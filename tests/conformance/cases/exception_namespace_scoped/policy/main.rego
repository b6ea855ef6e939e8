package main

import rego.v1

deny_a contains "a" if true
