# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   Audit logs record who authenticated and which indices they read or
#   changed; without them, access to the data leaves no trail.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
# custom:
#   id: aws-opensearch-audit-logging
#   severity: medium
#   aliases: [AVD-AWS-0042, AWS-0042, aws-elasticsearch-enable-domain-logging, CKV_AWS_317]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Add log_publishing_options { log_type = "AUDIT_LOGS",
#     cloudwatch_log_group_arn = ... } (needs fine-grained access
#     control).
package tfguard.aws.opensearch_audit_logging

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", [input.address]), "path": ["log_publishing_options"]} if {
	not lib.unknown(["log_publishing_options"])
	not _ok
}

deny contains lib.unknown_result("log_publishing_options", "log_publishing_options") if {
	lib.unknown(["log_publishing_options"])
}

# enabled defaults to true.
_ok if {
	some option in lib.list(aws_data.value(["log_publishing_options"]))
	option.log_type == "AUDIT_LOGS"
	object.get(option, "enabled", true) != false
}
