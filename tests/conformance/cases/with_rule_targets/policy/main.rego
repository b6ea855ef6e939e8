package main

import rego.v1

t := {"a"}

limits := {"max": 1, "min": 0}

deny contains sprintf("t %v", [n]) if {
	n := count(t) with t as set()
}

deny contains sprintf("limits %v", [l]) if {
	l := limits with limits as {"max": 7}
}

deny contains sprintf("full %v", [x]) if {
	x := data.main.t with t as {1, 2}
}

warn contains sprintf("short %v", [x]) if {
	x := t with data.main.t as {3}
}

warn contains sprintf("unmocked %v", [t]) if true
