package tfguard.aws.eks_secrets_encryption_test

import data.tfguard.aws.eks_secrets_encryption as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_without_encryption_config if {
	check.deny == {{"msg": "aws_eks_cluster.this does not encrypt secrets with KMS", "path": ["encryption_config"]}} with input as _input("aws_eks_cluster", {"encryption_config": []}, {})
}

test_fails_when_secrets_are_not_listed if {
	check.deny == {{"msg": "aws_eks_cluster.this does not encrypt secrets with KMS", "path": ["encryption_config"]}} with input as _input("aws_eks_cluster", {"encryption_config": [{"resources": ["configmaps"], "provider": [{"key_arn": "arn:aws:kms:eu-west-1:111122223333:key/abc"}]}]}, {})
}

test_passes_when_secrets_are_encrypted if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": "arn:aws:kms:eu-west-1:111122223333:key/abc"}]}]}, {})
}

test_fails_when_encryption_config_is_null if {
	check.deny == {{"msg": "aws_eks_cluster.this does not encrypt secrets with KMS", "path": ["encryption_config"]}} with input as _input("aws_eks_cluster", {"encryption_config": null}, {})
}

test_fails_when_resources_is_null if {
	check.deny == {{"msg": "aws_eks_cluster.this does not encrypt secrets with KMS", "path": ["encryption_config"]}} with input as _input("aws_eks_cluster", {"encryption_config": [{"resources": null}]}, {})
}

test_fails_when_encryption_config_is_missing if {
	check.deny == {{"msg": "aws_eks_cluster.this does not encrypt secrets with KMS", "path": ["encryption_config"]}} with input as _input("aws_eks_cluster", {}, {})
}

test_passes_when_encryption_config_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {}, {"encryption_config": true})
}
