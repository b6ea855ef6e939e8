# METADATA
# title: Step Functions state machine does not have X-Ray tracing
# description: >-
#   Without tracing, executions cannot be followed through the services the
#   workflow calls when they fail or slow down.
# related_resources:
# - ref: https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html
# custom:
#   id: aws-sfn-state-machine-tracing
#   severity: low
#   aliases: [CKV_AWS_284]
#   resource_types: ["aws_sfn_state_machine"]
#   remediation: >-
#     Set tracing_configuration { enabled = true }.
package tfguard.aws.sfn_state_machine_tracing

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# No block (known empty, or computed because unset) or null: disabled.
deny contains {"msg": sprintf("%s does not have X-Ray tracing enabled", [input.address]), "path": ["tracing_configuration"]} if {
	aws_identity.state(["tracing_configuration"]) in {"known", "unset"}
	not _enabled
	not _value_unknown
}

deny contains lib.unknown_result("tracing_configuration", "tracing_configuration") if aws_identity.state(["tracing_configuration"]) == "unknown"

deny contains lib.unknown_result("tracing_configuration", "tracing_configuration.enabled") if {
	aws_identity.state(["tracing_configuration"]) == "known"
	_value_unknown
}

_enabled if {
	some config in lib.list(object.get(input.change.after, "tracing_configuration", []))
	config.enabled == true
}

_value_unknown if object.get(input.change.after_unknown, ["tracing_configuration", 0, "enabled"], false) == true
