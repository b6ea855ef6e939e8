# METADATA
# title: API Gateway stage has no access logging
# description: >-
#   Without access logs there is no record of who called the API, from where
#   and with what result.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
# custom:
#   id: aws-apigateway-access-logging
#   severity: medium
#   aliases: [AVD-AWS-0001, AWS-0001, aws-apigateway-enable-access-logging, CKV_AWS_76]
#   resource_types: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"]
#   remediation: >-
#     Add access_log_settings with destination_arn (a CloudWatch log group or
#     Firehose ARN) and a format.
package tfguard.aws.apigateway_access_logging

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no access logging (access_log_settings.destination_arn)", [input.address]), "path": ["access_log_settings"]} if {
	is_object(input.change.after)
	not logs
	not destination_unknown
}

deny contains lib.unknown_result("access_log_settings", "access_log_settings.destination_arn") if {
	not logs
	destination_unknown
}

logs if {
	some settings in lib.list(input.change.after.access_log_settings)
	is_string(settings.destination_arn)
	settings.destination_arn != ""
}

destination_unknown if lib.unknown(["access_log_settings"])

destination_unknown if {
	some i, _ in lib.list(input.change.after.access_log_settings)
	object.get(input.change.after_unknown, ["access_log_settings", i, "destination_arn"], false) == true
}
