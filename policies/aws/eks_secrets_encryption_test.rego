package tfguard.aws.eks_secrets_encryption_test

import data.tfguard.aws.eks_secrets_encryption as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"encryption_config": []}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_eks_cluster.this", "mode": "managed", "type": "aws_eks_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": "k"}]}]}, "after_unknown": {}}}
	count(results) == 0
}
