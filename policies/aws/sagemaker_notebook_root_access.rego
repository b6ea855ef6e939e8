# METADATA
# title: SageMaker notebook instance gives users root access
# description: >-
#   With root access notebook users can change the instance's software and
#   configuration, including removing controls installed on it.
# related_resources:
# - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html
# custom:
#   id: aws-sagemaker-notebook-root-access
#   severity: medium
#   aliases: [CKV_AWS_307]
#   resource_types: ["aws_sagemaker_notebook_instance"]
#   remediation: >-
#     Set root_access = "Disabled".
package tfguard.aws.sagemaker_notebook_root_access

import data.tfguard.lib
import rego.v1

# null or missing: the provider default "Enabled".
deny contains {"msg": sprintf("%s gives users root access", [input.address]), "path": ["root_access"]} if {
	not lib.unknown(["root_access"])
	object.get(input.change.after, "root_access", null) != "Disabled"
}

deny contains lib.unknown_result("root_access", "root_access") if lib.unknown(["root_access"])
