# METADATA
# title: EKS node group allows SSH from anywhere
# description: >-
#   A remote_access block with an ec2_ssh_key and no
#   source_security_group_ids opens port 22 on the nodes to 0.0.0.0/0.
# related_resources:
# - ref: https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
# custom:
#   id: aws-eks-node-group-remote-access
#   severity: high
#   aliases: [CKV_AWS_100]
#   resource_types: ["aws_eks_node_group"]
#   remediation: >-
#     Set source_security_group_ids in remote_access, or remove remote_access
#     and reach nodes through SSM Session Manager.
package tfguard.aws.eks_node_group_remote_access

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows SSH to its nodes from anywhere", [input.address]), "path": ["remote_access", i, "source_security_group_ids"]} if {
	some i, access in lib.list(input.change.after.remote_access)
	_has_key(access, i)
	object.get(input.change.after_unknown, ["remote_access", i, "source_security_group_ids"], false) != true
	count(lib.list(object.get(access, "source_security_group_ids", []))) == 0
}

_has_key(access, _) if not object.get(access, "ec2_ssh_key", null) in {null, ""}

_has_key(_, i) if object.get(input.change.after_unknown, ["remote_access", i, "ec2_ssh_key"], false) == true
