package main

deny[msg] {
	rc := input.resource_changes[_]
	rc.change.actions[_] == "delete"
	msg := sprintf("%s deleted", [rc.address])
}

warn[msg] {
	count(input.resource_changes) > 1
	msg := "many"
}
