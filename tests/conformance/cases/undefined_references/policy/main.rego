package main

import rego.v1

deny contains "x" if input.nope.deeper == 1

warn contains "y" if not input.nope
