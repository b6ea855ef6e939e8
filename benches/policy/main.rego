# Eleven Conftest-style rules over the whole plan, for `tfguard test`
# against OPA in benches/check.rs: the shapes real Conftest policies have
# (iteration over resource_changes, attribute tests, nested lists, tags).
package main

import rego.v1

deny contains sprintf("%s is public", [rc.address]) if {
	some rc in input.resource_changes
	rc.change.after.acl == "public-read"
}

deny contains sprintf("%s opens %v to the world", [rc.address, rule.from_port]) if {
	some rc in input.resource_changes
	rc.type == "aws_security_group"
	some rule in rc.change.after.ingress
	"0.0.0.0/0" in rule.cidr_blocks
}

deny_unencrypted_volume contains rc.address if {
	some rc in input.resource_changes
	rc.type == "aws_ebs_volume"
	not rc.change.after.encrypted
}

deny_public_database contains rc.address if {
	some rc in input.resource_changes
	rc.type == "aws_db_instance"
	rc.change.after.publicly_accessible == true
}

deny_admin_policy contains rc.address if {
	some rc in input.resource_changes
	rc.type == "aws_iam_policy"
	contains(rc.change.after.policy, "\"*\"")
}

violation_tags contains rc.address if {
	some rc in input.resource_changes
	is_object(rc.change.after.tags)
	not rc.change.after.tags.owner
}

violation_deletes contains rc.address if {
	some rc in input.resource_changes
	"delete" in rc.change.actions
	startswith(rc.type, "aws_db")
}

warn contains sprintf("%s is replaced", [rc.address]) if {
	some rc in input.resource_changes
	rc.change.actions == ["delete", "create"]
}

warn_unknown_values contains rc.address if {
	some rc in input.resource_changes
	count(object.keys(object.get(rc.change, "after_unknown", {}))) > 5
}

warn_long_names contains rc.address if {
	some rc in input.resource_changes
	count(rc.address) > 120
}

warn_tag_count contains rc.address if {
	some rc in input.resource_changes
	is_object(rc.change.after)
	count(object.get(rc.change.after, "tags", {})) > 40
}
