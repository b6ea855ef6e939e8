# METADATA
# title: EKS public API endpoint is open to the whole internet
# description: >-
#   With public access on and 0.0.0.0/0 allowed, anyone can reach the
#   Kubernetes API.
# related_resources:
# - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: aws-eks-public-cidr
#   severity: critical
#   aliases: [AVD-AWS-0041, AWS-0041, aws-eks-no-public-cluster-access-to-cidr, CKV_AWS_38]
#   resource_types: ["aws_eks_cluster"]
#   remediation: >-
#     Set public_access_cidrs to the address ranges that need the API, or turn
#     public access off.
package tfguard.aws.eks_public_cidr

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows the public API endpoint from %s", [input.address, cidr]), "path": ["vpc_config", 0, "public_access_cidrs"]} if {
	some config in lib.list(input.change.after.vpc_config)
	config.endpoint_public_access == true
	some cidr in lib.list(config.public_access_cidrs)
	lib.public_cidr(cidr)
}

# Not set: AWS opens the public endpoint to 0.0.0.0/0.
deny contains {"msg": sprintf("%s opens the public API endpoint to 0.0.0.0/0 (public_access_cidrs is not set)", [input.address]), "path": ["vpc_config", 0, "public_access_cidrs"]} if {
	some i, config in lib.list(input.change.after.vpc_config)
	config.endpoint_public_access == true
	not lib.unknown(["vpc_config", i, "public_access_cidrs"])
	count(lib.list(object.get(config, "public_access_cidrs", null))) == 0
}

deny contains {"msg": sprintf("%s: public_access_cidrs is not known until apply (AWS defaults it to 0.0.0.0/0)", [input.address]), "path": ["vpc_config", 0, "public_access_cidrs"], "unknown": true} if {
	some i, config in lib.list(input.change.after.vpc_config)
	config.endpoint_public_access == true
	lib.unknown(["vpc_config", i, "public_access_cidrs"])
}
