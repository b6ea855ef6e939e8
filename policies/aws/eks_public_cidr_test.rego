package tfguard.aws.eks_public_cidr_test

import data.tfguard.aws.eks_public_cidr as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24"]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_when_unset if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": null}]}, "after_unknown": {}}}
	count(results) == 1
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": true}]}, "after_unknown": {"vpc_config": [{"public_access_cidrs": true}]}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
