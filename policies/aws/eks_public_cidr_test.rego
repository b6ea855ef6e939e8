package tfguard.aws.eks_public_cidr_test

import data.tfguard.aws.eks_public_cidr as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_open_to_anywhere if {
	check.deny == {{"msg": "aws_eks_cluster.this allows the public API endpoint from 0.0.0.0/0", "path": ["vpc_config", 0, "public_access_cidrs"]}} with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]}]}, {})
}

test_passes_when_restricted_to_an_office_range if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24"]}]}, {})
}

test_passes_when_the_endpoint_is_private if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": false, "public_access_cidrs": ["0.0.0.0/0"]}]}, {})
}

# Not set (null or empty): AWS opens the public endpoint to 0.0.0.0/0.
test_fails_when_public_access_cidrs_is_null if {
	check.deny == {{"msg": "aws_eks_cluster.this opens the public API endpoint to 0.0.0.0/0 (public_access_cidrs is not set)", "path": ["vpc_config", 0, "public_access_cidrs"]}} with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": null}]}, {})
}

test_fails_when_public_access_cidrs_is_missing if {
	check.deny == {{"msg": "aws_eks_cluster.this opens the public API endpoint to 0.0.0.0/0 (public_access_cidrs is not set)", "path": ["vpc_config", 0, "public_access_cidrs"]}} with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true}]}, {})
}

test_reports_unknown_when_cidrs_are_unknown_until_apply if {
	check.deny == {{"msg": "aws_eks_cluster.this: public_access_cidrs is not known until apply (AWS defaults it to 0.0.0.0/0)", "path": ["vpc_config", 0, "public_access_cidrs"], "unknown": true}} with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true}]}, {"vpc_config": [{"public_access_cidrs": true}]})
}

test_passes_when_vpc_config_is_missing if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {}, {})
}
