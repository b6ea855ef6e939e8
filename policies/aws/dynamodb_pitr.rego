# METADATA
# title: DynamoDB point-in-time recovery is off
# description: >-
#   Without point-in-time recovery, accidental writes and deletes cannot be
#   undone.
# related_resources:
# - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
# custom:
#   id: aws-dynamodb-pitr
#   severity: medium
#   aliases: [AVD-AWS-0024, AWS-0024, aws-dynamodb-enable-recovery, CKV_AWS_28]
#   resource_types: ["aws_dynamodb_table"]
#   remediation: >-
#     Set point_in_time_recovery { enabled = true }.
package tfguard.aws.dynamodb_pitr

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has point-in-time recovery off", [input.address]), "path": ["point_in_time_recovery"]} if {
	not lib.unknown(["point_in_time_recovery"])
	not recovers
}

deny contains lib.unknown_result("point_in_time_recovery", "point_in_time_recovery") if lib.unknown(["point_in_time_recovery"])

recovers if {
	some config in lib.list(input.change.after.point_in_time_recovery)
	config.enabled == true
}
