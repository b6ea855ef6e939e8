# METADATA
# title: Load balancer listener does not enforce TLS 1.2 or later
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; security policies that allow them
#   let clients negotiate down, and a plain HTTP listener that does not
#   redirect to HTTPS uses no TLS at all.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: aws-elb-tls-policy
#   severity: critical
#   aliases: [AVD-AWS-0047, AWS-0047, aws-elb-use-secure-tls-policy, CKV_AWS_103]
#   resource_types: ["aws_lb_listener", "aws_alb_listener"]
#   remediation: >-
#     Use a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06, and
#     make HTTP listeners redirect to HTTPS.
package tfguard.aws.elb_tls_policy

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Policies whose minimum protocol is TLS 1.2 (ELBSecurityPolicy-TLS-1-2-*,
# -FS-1-2-*, -TLS13-1-2-*, -TLS13-1-3-*).
modern_prefixes := [
	"ELBSecurityPolicy-TLS-1-2-",
	"ELBSecurityPolicy-FS-1-2-",
	"ELBSecurityPolicy-TLS13-1-2-",
	"ELBSecurityPolicy-TLS13-1-3-",
]

# TLS 1.2 policies that still offer legacy SHA-1/CBC cipher suites, which
# Trivy (AVD-AWS-0047) also counts as outdated.
legacy_ciphers := {
	"ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
}

modern(policy) if {
	is_string(policy)
	some prefix in modern_prefixes
	startswith(policy, prefix)
	not policy in legacy_ciphers
}

protocol := input.change.after.protocol

deny contains {"msg": sprintf("%s uses the TLS policy %s", [input.address, policy]), "path": ["ssl_policy"]} if {
	protocol in {"HTTPS", "TLS"}
	not lib.unknown(["ssl_policy"])
	policy := input.change.after.ssl_policy
	is_string(policy)
	policy != ""
	not modern(policy)
}

# ssl_policy is optional and computed: left unset, the plan shows it
# unknown (or null) and AWS applies ELBSecurityPolicy-2016-08, which allows
# TLS 1.0. An unknown value the configuration writes is decided at apply.
deny contains {"msg": sprintf("%s sets no TLS policy, so AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0+)", [input.address]), "path": ["ssl_policy"]} if {
	protocol in {"HTTPS", "TLS"}
	aws_data.written_state(["ssl_policy"]) == "unset"
}

deny contains lib.unknown_result("ssl_policy", "ssl_policy") if {
	protocol in {"HTTPS", "TLS"}
	lib.unknown(["ssl_policy"])
	aws_data.written_state(["ssl_policy"]) != "unset"
}

# A plain HTTP listener uses no TLS unless it redirects to HTTPS
# (Checkov's CKV_AWS_103 fails these too).
deny contains {"msg": sprintf("%s serves HTTP without redirecting to HTTPS, so no TLS is used", [input.address]), "path": ["protocol"]} if {
	protocol == "HTTP"
	not redirects_to_https
}

deny contains lib.unknown_result("protocol", "protocol") if lib.unknown(["protocol"])

redirects_to_https if {
	some action in lib.list(input.change.after.default_action)
	action.type == "redirect"
	some redirect in lib.list(action.redirect)
	redirect.protocol == "HTTPS"
}
