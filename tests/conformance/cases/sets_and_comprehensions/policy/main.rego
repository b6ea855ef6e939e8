package main

import rego.v1

types := {rc.type | some rc in input.resource_changes}

addrs := [rc.address | some rc in input.resource_changes; startswith(rc.address, "module.")]

deny contains sprintf("%d types, %d module resources", [count(types), count(addrs)]) if true
