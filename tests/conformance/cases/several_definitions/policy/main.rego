package main

import rego.v1

deny contains "one" if input.format_version == "1.2"

deny contains "two" if false

deny contains "three" if false

warn contains "w" if false
