package tfguard.aws.eks_no_public_endpoint_test

import data.tfguard.aws.eks_no_public_endpoint as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": true}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"vpc_config": [{"endpoint_public_access": false}]}, "after_unknown": {}}}
	count(results) == 0
}
