package main

deny[msg] {
	rc := input.resource_changes[0]
	sprintf("%s is %-6s|", [rc.address, "first"], msg)
}

warn[msg] {
	any([false, true], yes)
	yes
	msg := "any"
}
