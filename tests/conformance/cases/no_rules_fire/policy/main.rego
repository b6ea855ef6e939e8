package main

import rego.v1

deny contains "x" if false

warn contains "y" if false
