# METADATA
# title: Neptune cluster can be deleted without turning off protection
# description: >-
#   Without deletion protection one mistaken apply or API call destroys
#   the cluster.
# related_resources:
# - ref: https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html
# custom:
#   id: aws-neptune-deletion-protection
#   severity: medium
#   aliases: [CKV2_AWS_58]
#   resource_types: ["aws_neptune_cluster"]
#   remediation: >-
#     Set deletion_protection = true.
package tfguard.aws.neptune_deletion_protection

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set deletion_protection = true", [input.address]), "path": ["deletion_protection"]} if {
	not lib.unknown(["deletion_protection"])
	not _on
}

deny contains lib.unknown_result("deletion_protection", "deletion_protection") if {
	lib.unknown(["deletion_protection"])
}

# The provider default is false.
_on if aws_data.value(["deletion_protection"]) == true
