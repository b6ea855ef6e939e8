package main

import rego.v1

f(x) := x + 1

g(x) := x * 10

p := f(1)

full := data.main.f(2)

deny contains sprintf("short-short %v", [y]) if {
	y := f(1) with f as g
}

deny contains sprintf("short-full %v", [y]) if {
	y := f(1) with data.main.f as g
}

deny contains sprintf("full-short %v", [y]) if {
	y := data.main.f(1) with f as g
}

deny contains sprintf("rule %v %v", [y, z]) if {
	y := p with data.main.f as g
	z := full with f as g
}

deny contains sprintf("replacement %v", [y]) if {
	y := f(1) with f as data.main.g
}

deny contains sprintf("value %v", [y]) if {
	y := data.main.p with f as 7
}

warn contains sprintf("lib %v", [y]) if {
	y := data.lib.q with data.lib.h as g
}

warn contains sprintf("plain %v %v", [p, data.lib.q]) if true
