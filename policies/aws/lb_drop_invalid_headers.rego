# METADATA
# title: Application load balancer does not drop invalid HTTP headers
# description: >-
#   Forwarding malformed header fields to targets enables HTTP request smuggling and desync attacks.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
# custom:
#   id: aws-lb-drop-invalid-headers
#   severity: high
#   aliases: [AVD-AWS-0052, AWS-0052, aws-elb-drop-invalid-headers, CKV_AWS_131]
#   resource_types: ["aws_lb", "aws_alb"]
#   remediation: >-
#     Set drop_invalid_header_fields = true.
package tfguard.aws.lb_drop_invalid_headers

import data.tfguard.lib
import rego.v1

# Only application load balancers (load_balancer_type defaults to
# "application") have the attribute; it defaults to false.
deny contains {"msg": sprintf("%s does not drop invalid header fields", [input.address]), "path": ["drop_invalid_header_fields"]} if {
	is_object(input.change.after)
	object.get(input.change.after, "load_balancer_type", null) in {"application", null}
	not lib.unknown(["load_balancer_type"])
	not lib.unknown(["drop_invalid_header_fields"])
	not object.get(input.change.after, "drop_invalid_header_fields", null) == true
}

deny contains lib.unknown_result("drop_invalid_header_fields", "drop_invalid_header_fields") if {
	object.get(input.change.after, "load_balancer_type", null) in {"application", null}
	lib.unknown(["drop_invalid_header_fields"])
}
