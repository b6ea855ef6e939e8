package main

import rego.v1

warn contains data.conftest.file.name if true
