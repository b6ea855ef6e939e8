package main

deny[msg] {
	input.format_version
	msg := "a"
} {
	count(input.resource_changes) > 1
	msg := "b"
}
