package main

deny[msg] {
	re_match("^terraform_", input.resource_changes[0].type)
	any([false, true])
	all([true])
	msg := "deprecated"
}
