package main

import rego.v1

deny contains base64.encode("tfguard") if true

warn contains hex.encode("ab") if true
