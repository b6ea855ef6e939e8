# METADATA
# title: SageMaker notebook instance is not encrypted with a KMS key
# description: >-
#   Without kms_key_id the notebook's storage volume is encrypted with a key
#   SageMaker manages; a customer managed key adds its own access policy and
#   an audit trail.
# related_resources:
# - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
# custom:
#   id: aws-sagemaker-notebook-kms
#   severity: low
#   aliases: [CKV_AWS_22]
#   resource_types: ["aws_sagemaker_notebook_instance"]
#   remediation: >-
#     Set kms_key_id to a customer managed KMS key.
package tfguard.aws.sagemaker_notebook_kms

import data.tfguard.lib
import rego.v1

# A key known only at apply comes from a key resource: it is set.
deny contains {"msg": sprintf("%s is not encrypted with a KMS key", [input.address]), "path": ["kms_key_id"]} if {
	not lib.unknown(["kms_key_id"])
	object.get(input.change.after, "kms_key_id", null) in {null, ""}
}
