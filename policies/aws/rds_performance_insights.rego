# METADATA
# title: RDS instance has Performance Insights off
# description: >-
#   Performance Insights records database load and the queries behind it;
#   without it, slow-downs and abusive queries leave no trace to
#   investigate.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Overview.html
# custom:
#   id: aws-rds-performance-insights
#   severity: low
#   aliases: [AVD-AWS-0133, AWS-0133, aws-rds-enable-performance-insights, CKV_AWS_353]
#   resource_types: ["aws_db_instance", "aws_rds_cluster_instance"]
#   remediation: >-
#     Set performance_insights_enabled = true.
package tfguard.aws.rds_performance_insights

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set performance_insights_enabled = true", [input.address]), "path": ["performance_insights_enabled"]} if {
	not _unsupported
	not lib.unknown(["performance_insights_enabled"])
	not _on
}

deny contains lib.unknown_result("performance_insights_enabled", "performance_insights_enabled") if {
	not _unsupported
	lib.unknown(["performance_insights_enabled"])
}

# The provider default is false.
_on if aws_data.value(["performance_insights_enabled"]) == true

# The engine, "" when unset (a replica takes its source's).
_engine := e if {
	e := input.change.after.engine
	is_string(e)
} else := ""

_class := c if {
	c := input.change.after.instance_class
	is_string(c)
} else := ""

# Performance Insights does not exist for Db2, nor for MySQL and MariaDB on
# the micro and small instance classes.
_unsupported if startswith(_engine, "db2")

_unsupported if {
	_engine in {"mysql", "mariadb"}
	regex.match(`^db\.(t2|t3|t4g)\.(micro|small)$`, _class)
}
