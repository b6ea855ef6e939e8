package tfguard.aws.eks_no_public_endpoint_test

import data.tfguard.aws.eks_no_public_endpoint as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_the_endpoint_is_public if {
	check.deny == {{"msg": "aws_eks_cluster.this has a public API endpoint", "path": ["vpc_config", 0, "endpoint_public_access"]}} with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": true, "endpoint_private_access": false}]}, {})
}

test_passes_when_the_endpoint_is_private if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": false, "endpoint_private_access": true}]}, {})
}

# The provider default (true) is written into the plan; a null only comes
# from hand-made input and is not read as public.
test_passes_when_endpoint_public_access_is_null if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"vpc_config": [{"endpoint_public_access": null}]}, {})
}

test_passes_when_vpc_config_is_missing if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_eks_cluster", {"vpc_config": [{}]}, {"vpc_config": [{"endpoint_public_access": true}]})
}
