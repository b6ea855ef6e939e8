# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   Plain HTTP carries requests and responses, including credentials and
#   cookies, unencrypted.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html
# custom:
#   id: aws-elb-https
#   severity: critical
#   aliases: [AVD-AWS-0054, AWS-0054, aws-elb-http-not-used, CKV_AWS_2]
#   resource_types: ["aws_lb_listener", "aws_alb_listener"]
#   remediation: >-
#     Use protocol = "HTTPS", or make the HTTP listener redirect to HTTPS.
package tfguard.aws.elb_https

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s serves HTTP without redirecting to HTTPS", [input.address]), "path": ["protocol"]} if {
	input.change.after.protocol == "HTTP"
	not redirects_to_https
}

redirects_to_https if {
	some action in lib.list(input.change.after.default_action)
	action.type == "redirect"
	some redirect in lib.list(action.redirect)
	redirect.protocol == "HTTPS"
}
