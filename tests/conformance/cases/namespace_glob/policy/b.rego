package team.b

import rego.v1

deny contains "b" if true
