package main

import rego.v1

deny contains "from b" if true

warn contains "w" if true
