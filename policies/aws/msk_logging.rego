# METADATA
# title: MSK cluster ships no broker logs
# description: >-
#   Broker logs record client connections, authentication failures and
#   errors; without a destination they are not kept.
# related_resources:
# - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html
# custom:
#   id: aws-msk-logging
#   severity: medium
#   aliases: [AVD-AWS-0074, AWS-0074, aws-msk-enable-logging, CKV_AWS_80]
#   resource_types: ["aws_msk_cluster"]
#   remediation: >-
#     Add logging_info { broker_logs { cloudwatch_logs { enabled = true,
#     log_group = ... } } } (or firehose, or s3).
package tfguard.aws.msk_logging

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

_destinations := [array.concat(path, [i]) |
	some a, info in lib.list(aws_data.value(["logging_info"]))
	some b, broker in lib.list(object.get(info, "broker_logs", []))
	some kind in ["cloudwatch_logs", "firehose", "s3"]
	some i, _ in lib.list(object.get(broker, kind, []))
	path := ["logging_info", a, "broker_logs", b, kind]
]

_ships if {
	some path in _destinations
	aws_data.value(array.concat(path, ["enabled"])) == true
}

_undecided if lib.unknown(["logging_info"])

_undecided if {
	some path in _destinations
	aws_data.unknown_at(array.concat(path, ["enabled"]))
}

deny contains {"msg": sprintf("%s ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", [input.address]), "path": ["logging_info"]} if {
	not _ships
	not _undecided
}

deny contains lib.unknown_result("logging_info", "logging_info") if {
	not _ships
	_undecided
}
