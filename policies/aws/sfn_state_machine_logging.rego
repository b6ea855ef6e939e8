# METADATA
# title: Step Functions state machine does not log execution history
# description: >-
#   Without a logging configuration that includes execution data, failed
#   executions leave no record of their inputs, outputs and state changes in
#   CloudWatch Logs.
# related_resources:
# - ref: https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html
# custom:
#   id: aws-sfn-state-machine-logging
#   severity: low
#   aliases: [CKV_AWS_285]
#   resource_types: ["aws_sfn_state_machine"]
#   remediation: >-
#     Set logging_configuration { log_destination = "<log group ARN>:*",
#     include_execution_data = true, level = "ALL" }.
package tfguard.aws.sfn_state_machine_logging

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# No block (known empty, or computed because unset) or null: no execution data.
deny contains {"msg": sprintf("%s does not log execution history", [input.address]), "path": ["logging_configuration"]} if {
	aws_identity.state(["logging_configuration"]) in {"known", "unset"}
	not _logged
	not _value_unknown
}

deny contains lib.unknown_result("logging_configuration", "logging_configuration") if aws_identity.state(["logging_configuration"]) == "unknown"

deny contains lib.unknown_result("logging_configuration", "logging_configuration.include_execution_data") if {
	aws_identity.state(["logging_configuration"]) == "known"
	_value_unknown
}

_logged if {
	some config in lib.list(object.get(input.change.after, "logging_configuration", []))
	config.include_execution_data == true
}

_value_unknown if object.get(input.change.after_unknown, ["logging_configuration", 0, "include_execution_data"], false) == true
