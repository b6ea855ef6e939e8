package team.infra

import rego.v1

deny contains "deep" if true
