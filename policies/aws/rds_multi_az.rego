# METADATA
# title: RDS instance is not Multi-AZ
# description: >-
#   A single-AZ instance goes down with its Availability Zone and during
#   maintenance; Multi-AZ keeps a standby that takes over automatically.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html
# custom:
#   id: aws-rds-multi-az
#   severity: low
#   aliases: [CKV_AWS_157]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set multi_az = true.
package tfguard.aws.rds_multi_az

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set multi_az = true", [input.address]), "path": ["multi_az"]} if {
	not startswith(_engine, "aurora")
	not lib.unknown(["multi_az"])
	not _on
}

deny contains lib.unknown_result("multi_az", "multi_az") if {
	not startswith(_engine, "aurora")
	lib.unknown(["multi_az"])
}

# The provider default is false.
_on if aws_data.value(["multi_az"]) == true

# The engine, "" when unset (a replica takes its source's).
_engine := e if {
	e := input.change.after.engine
	is_string(e)
} else := ""
# Aurora instances take their availability from the cluster.
