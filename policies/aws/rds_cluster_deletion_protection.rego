# METADATA
# title: RDS cluster can be deleted without turning off protection
# description: >-
#   Without deletion protection one mistaken apply or API call destroys the
#   cluster.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html
# custom:
#   id: aws-rds-cluster-deletion-protection
#   severity: medium
#   aliases: [AVD-AWS-0343, AWS-0343, aws-rds-enable-cluster-deletion-protection, CKV_AWS_139]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     Set deletion_protection = true.
package tfguard.aws.rds_cluster_deletion_protection

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set deletion_protection = true", [input.address]), "path": ["deletion_protection"]} if {
	not lib.unknown(["deletion_protection"])
	not lib.is_true(object.get(input.change.after, "deletion_protection", null))
}

deny contains lib.unknown_result("deletion_protection", "deletion_protection") if lib.unknown(["deletion_protection"])
