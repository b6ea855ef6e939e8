# METADATA
# title: EKS API endpoint is public
# description: >-
#   A public Kubernetes API endpoint is reachable from the internet and relies
#   on authentication alone.
# related_resources:
# - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: aws-eks-no-public-endpoint
#   severity: high
#   aliases: [AVD-AWS-0040, AWS-0040, aws-eks-no-public-cluster-access, CKV_AWS_39]
#   resource_types: ["aws_eks_cluster"]
#   remediation: >-
#     Set vpc_config { endpoint_public_access = false, endpoint_private_access
#     = true }.
package tfguard.aws.eks_no_public_endpoint

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has a public API endpoint", [input.address]), "path": ["vpc_config", 0, "endpoint_public_access"]} if {
	some config in lib.list(input.change.after.vpc_config)
	config.endpoint_public_access == true
}
