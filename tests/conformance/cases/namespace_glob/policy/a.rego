package team.a

import rego.v1

deny contains "a" if true
