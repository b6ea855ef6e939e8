# METADATA
# title: API Gateway stage has X-Ray tracing off
# description: >-
#   Without X-Ray tracing, requests through the API cannot be traced to the
#   backends they reach, which hides latency and failure causes.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html
# custom:
#   id: aws-apigateway-xray
#   severity: low
#   aliases: [AVD-AWS-0003, AWS-0003, aws-apigateway-enable-tracing, CKV_AWS_73]
#   resource_types: ["aws_api_gateway_stage"]
#   remediation: >-
#     Set xray_tracing_enabled = true.
package tfguard.aws.apigateway_xray

import data.tfguard.lib
import rego.v1

# xray_tracing_enabled defaults to false, so null or missing is off.
deny contains {"msg": sprintf("%s has X-Ray tracing off", [input.address]), "path": ["xray_tracing_enabled"]} if {
	is_object(input.change.after)
	not lib.unknown(["xray_tracing_enabled"])
	not object.get(input.change.after, "xray_tracing_enabled", null) == true
}

deny contains lib.unknown_result("xray_tracing_enabled", "xray_tracing_enabled") if lib.unknown(["xray_tracing_enabled"])
