# METADATA
# title: EKS secrets are not encrypted with KMS
# description: >-
#   Envelope encryption with a KMS key protects Kubernetes secrets in etcd.
# related_resources:
# - ref: https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
# custom:
#   id: aws-eks-secrets-encryption
#   severity: high
#   aliases: [AVD-AWS-0039, AWS-0039, aws-eks-encrypt-secrets, CKV_AWS_58]
#   resource_types: ["aws_eks_cluster"]
#   remediation: >-
#     Add encryption_config { resources = ["secrets"], provider { key_arn =
#     ... } }.
package tfguard.aws.eks_secrets_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not encrypt secrets with KMS", [input.address]), "path": ["encryption_config"]} if {
	not lib.unknown(["encryption_config"])
	not secrets_encrypted
}

secrets_encrypted if {
	some config in lib.list(input.change.after.encryption_config)
	"secrets" in lib.list(config.resources)
}
