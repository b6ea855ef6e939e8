# METADATA
# title: Load balancer listener allows outdated TLS
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; security policies that allow them
#   let clients negotiate down.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: aws-elb-tls-policy
#   severity: critical
#   aliases: [AVD-AWS-0047, AWS-0047, aws-elb-use-secure-tls-policy, CKV_AWS_103]
#   resource_types: ["aws_lb_listener", "aws_alb_listener"]
#   remediation: >-
#     Use a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06.
package tfguard.aws.elb_tls_policy

import rego.v1

outdated := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
}

deny contains {"msg": sprintf("%s uses the TLS policy %s", [input.address, policy]), "path": ["ssl_policy"]} if {
	input.change.after.protocol in {"HTTPS", "TLS"}
	policy := input.change.after.ssl_policy
	policy in outdated
}
