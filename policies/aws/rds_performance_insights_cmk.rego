# METADATA
# title: RDS Performance Insights data is not encrypted with a customer-managed key
# description: >-
#   Performance Insights keeps query text and statistics; encrypted with
#   the AWS managed key, no key policy of yours limits who can read them.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.cmk-policy.html
# custom:
#   id: aws-rds-performance-insights-cmk
#   severity: low
#   aliases: [AVD-AWS-0078, AWS-0078, aws-rds-performance-insights-encryption-customer-key, CKV_AWS_354]
#   resource_types: ["aws_db_instance", "aws_rds_cluster_instance"]
#   remediation: >-
#     Set performance_insights_kms_key_id to a customer-managed KMS key.
package tfguard.aws.rds_performance_insights_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s does not encrypt Performance Insights with a customer-managed KMS key", [input.address]), "path": ["performance_insights_kms_key_id"]} if {
	input.change.after.performance_insights_enabled == true
	aws_data.key_state(["performance_insights_kms_key_id"]) == "none"
}

deny contains lib.unknown_result("performance_insights_kms_key_id", "performance_insights_kms_key_id") if {
	input.change.after.performance_insights_enabled == true
	aws_data.key_state(["performance_insights_kms_key_id"]) == "unknown"
}
