package main

violation_public[{"msg": msg, "sev": "high"}] {
	rc := input.resource_changes[_]
	rc.change.after.input.public == true
	msg := rc.address
}

deny_noise[msg] {
	msg := "noise"
}

exception[rules] {
	rules := ["noise"]
}
