package main

import rego.v1

deny contains "endswith" if not endswith(input.tfrun.workspace.name, "-dev")

deny contains "neq" if not input.nope != 1

deny contains "eq" if not input.nope == 1

warn contains "plain" if not input.nope
