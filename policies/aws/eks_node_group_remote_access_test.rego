package tfguard.aws.eks_node_group_remote_access_test

import data.tfguard.aws.eks_node_group_remote_access as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_eks_node_group.this",
	"mode": "managed",
	"type": "aws_eks_node_group",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_source_groups if {
	check.deny == {{"msg": "aws_eks_node_group.this allows SSH to its nodes from anywhere", "path": ["remote_access", 0, "source_security_group_ids"]}} with input as _input({"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": null}]}, {})
	check.deny == {{"msg": "aws_eks_node_group.this allows SSH to its nodes from anywhere", "path": ["remote_access", 0, "source_security_group_ids"]}} with input as _input({"remote_access": [{"ec2_ssh_key": null}]}, {"remote_access": [{"ec2_ssh_key": true}]})
}

test_passes_with_source_groups if {
	count(check.deny) == 0 with input as _input({"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": ["sg-1"]}]}, {})
	count(check.deny) == 0 with input as _input({"remote_access": [{"ec2_ssh_key": "ops"}]}, {"remote_access": [{"source_security_group_ids": true}]})
}

test_passes_without_remote_access if {
	count(check.deny) == 0 with input as _input({"remote_access": []}, {})
	count(check.deny) == 0 with input as _input({"remote_access": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}
