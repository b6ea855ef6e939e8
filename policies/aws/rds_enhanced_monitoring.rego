# METADATA
# title: RDS instance has enhanced monitoring off
# description: >-
#   Enhanced monitoring reports operating-system metrics of the database
#   host in real time; without it, resource exhaustion and runaway
#   processes go unseen.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html
# custom:
#   id: aws-rds-enhanced-monitoring
#   severity: low
#   aliases: [CKV_AWS_118]
#   resource_types: ["aws_db_instance", "aws_rds_cluster_instance"]
#   remediation: >-
#     Set monitoring_interval to 1, 5, 10, 15, 30 or 60 seconds and
#     monitoring_role_arn.
package tfguard.aws.rds_enhanced_monitoring

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s has enhanced monitoring off (monitoring_interval is not 1, 5, 10, 15, 30 or 60)", [input.address]), "path": ["monitoring_interval"]} if {
	not lib.unknown(["monitoring_interval"])
	not _ok
}

deny contains lib.unknown_result("monitoring_interval", "monitoring_interval") if {
	lib.unknown(["monitoring_interval"])
}

# The provider default 0 turns enhanced monitoring off.
_ok if aws_data.value(["monitoring_interval"]) in {1, 5, 10, 15, 30, 60}
