package tfguard.aws.nacl_no_public_ssh_test

import data.tfguard.aws.nacl_no_public_ssh as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_inline_allow if {
	check.deny == {{"msg": "aws_network_acl.this allows SSH (port 22) from 0.0.0.0/0", "path": ["ingress", 0, "cidr_block"]}} with input as _input("aws_network_acl", {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0", "ipv6_cidr_block": ""}]}, {})
}

test_fails_all_protocols_ipv6 if {
	check.deny == {{"msg": "aws_network_acl.this allows SSH (port 22) from ::/0", "path": ["ingress", 0, "ipv6_cidr_block"]}} with input as _input("aws_network_acl", {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "", "ipv6_cidr_block": "::/0"}]}, {})
}

test_passes_lower_deny if {
	count(check.deny) == 0 with input as _input("aws_network_acl", {"ingress": [{"rule_no": 200, "action": "allow", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"}, {"rule_no": 100, "action": "deny", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0"}]}, {})
}

test_passes_private_or_other_port if {
	count(check.deny) == 0 with input as _input("aws_network_acl", {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "10.0.0.0/8"}, {"rule_no": 110, "action": "allow", "protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_block": "0.0.0.0/0"}]}, {})
}

test_passes_null_missing if {
	count(check.deny) == 0 with input as _input("aws_network_acl", {"ingress": null}, {})
	count(check.deny) == 0 with input as _input("aws_network_acl", {}, {})
}

test_fails_rule_resource if {
	check.deny == {{"msg": "aws_network_acl_rule.this allows SSH (port 22) from 0.0.0.0/0", "path": ["cidr_block"]}} with input as _input("aws_network_acl_rule", {"egress": false, "rule_action": "allow", "rule_number": 100, "protocol": "6", "from_port": 0, "to_port": 65535, "cidr_block": "0.0.0.0/0", "ipv6_cidr_block": null}, {})
}

test_passes_egress_and_unknown_rule if {
	count(check.deny) == 0 with input as _input("aws_network_acl_rule", {"egress": true, "rule_action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0"}, {})
	count(check.deny) == 0 with input as _input("aws_network_acl_rule", {"egress": false, "rule_action": "allow", "protocol": "-1"}, {"cidr_block": true})
}
