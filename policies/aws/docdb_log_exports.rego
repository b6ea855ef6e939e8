# METADATA
# title: DocumentDB cluster exports neither audit nor profiler logs
# description: >-
#   Audit and profiler logs record who connected and what ran; not
#   exported to CloudWatch Logs, they are not kept.
# related_resources:
# - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
# custom:
#   id: aws-docdb-log-exports
#   severity: medium
#   aliases: [AVD-AWS-0020, AWS-0020, aws-documentdb-enable-log-export, CKV_AWS_85]
#   resource_types: ["aws_docdb_cluster"]
#   remediation: >-
#     Set enabled_cloudwatch_logs_exports = ["audit", "profiler"] (and
#     enable audit_logs in the cluster parameter group).
package tfguard.aws.docdb_log_exports

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s exports neither audit nor profiler logs", [input.address]), "path": ["enabled_cloudwatch_logs_exports"]} if {
	not lib.unknown(["enabled_cloudwatch_logs_exports"])
	not _ok
}

deny contains lib.unknown_result("enabled_cloudwatch_logs_exports", "enabled_cloudwatch_logs_exports") if {
	lib.unknown(["enabled_cloudwatch_logs_exports"])
}

_ok if {
	some log in lib.list(aws_data.value(["enabled_cloudwatch_logs_exports"]))
	log in {"audit", "profiler"}
}
