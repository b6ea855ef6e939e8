# METADATA
# title: Lambda function does not have active X-Ray tracing
# description: >-
#   Without active tracing, requests through the function are not sampled
#   into X-Ray, so failures and latency across services cannot be followed.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html
# custom:
#   id: aws-lambda-tracing
#   severity: low
#   aliases: [AVD-AWS-0066, AWS-0066, aws-lambda-enable-tracing, CKV_AWS_50]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set tracing_config { mode = "Active" }.
package tfguard.aws.lambda_tracing

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

deny contains {"msg": sprintf("%s has tracing mode %q, not Active", [input.address, mode]), "path": ["tracing_config", 0, "mode"]} if {
	aws_identity.state(["tracing_config"]) == "known"
	some i, config in lib.list(input.change.after.tracing_config)
	object.get(input.change.after_unknown, ["tracing_config", i, "mode"], false) != true
	mode := object.get(config, "mode", null)
	is_string(mode)
	mode != "Active"
}

# No block (known empty, or left to the provider at create): PassThrough.
deny contains {"msg": sprintf("%s does not set tracing_config (the default mode is PassThrough)", [input.address]), "path": ["tracing_config"]} if {
	aws_identity.state(["tracing_config"]) in {"known", "unset"}
	count(lib.list(object.get(input.change.after, "tracing_config", []))) == 0
}

deny contains lib.unknown_result("tracing_config", "tracing_config") if aws_identity.state(["tracing_config"]) == "unknown"

deny contains lib.unknown_result("tracing_config", "tracing_config.mode") if {
	aws_identity.state(["tracing_config"]) == "known"
	object.get(input.change.after_unknown, ["tracing_config", 0, "mode"], false) == true
}
