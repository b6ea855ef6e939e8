package main

deny[msg] {
	some i
	rc := input.resource_changes[i]
	i == 0
	msg := rc.address
}
