# METADATA
# title: SageMaker notebook instance has direct internet access
# description: >-
#   With direct internet access the notebook reaches (and is reachable
#   through) the internet outside the VPC's controls, a path for data to
#   leave.
# related_resources:
# - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
# custom:
#   id: aws-sagemaker-notebook-direct-internet
#   severity: medium
#   aliases: [CKV_AWS_122]
#   resource_types: ["aws_sagemaker_notebook_instance"]
#   remediation: >-
#     Set direct_internet_access = "Disabled" and a subnet_id; reach the
#     internet through the VPC.
package tfguard.aws.sagemaker_notebook_direct_internet

import data.tfguard.lib
import rego.v1

# null or missing: the provider default "Enabled".
deny contains {"msg": sprintf("%s has direct internet access", [input.address]), "path": ["direct_internet_access"]} if {
	not lib.unknown(["direct_internet_access"])
	object.get(input.change.after, "direct_internet_access", null) != "Disabled"
}

deny contains lib.unknown_result("direct_internet_access", "direct_internet_access") if lib.unknown(["direct_internet_access"])
