package tfguard.aws.elb_tls_policy_test

import data.tfguard.aws.elb_tls_policy as check
import rego.v1

_input(after, unknown) := {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_config(expressions) := {"root_module": {"resources": [{"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "expressions": expressions}]}}

test_fails_outdated_policy if {
	check.deny == {{"msg": "aws_lb_listener.this uses the TLS policy ELBSecurityPolicy-2016-08", "path": ["ssl_policy"]}} with input as _input({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"}, {})
}

test_fails_tls13_policy_allowing_tls10 if {
	check.deny == {{"msg": "aws_lb_listener.this uses the TLS policy ELBSecurityPolicy-TLS13-1-0-2021-06", "path": ["ssl_policy"]}} with input as _input({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"}, {})
}

test_fails_legacy_cipher_policy if {
	check.deny == {{"msg": "aws_lb_listener.this uses the TLS policy ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06", "path": ["ssl_policy"]}} with input as _input({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"}, {})
}

test_passes_modern_policies if {
	count(check.deny) == 0 with input as _input({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, {})
	count(check.deny) == 0 with input as _input({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"}, {})
	count(check.deny) == 0 with input as _input({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"}, {})
}

test_fails_null_policy if {
	check.deny == {{"msg": "aws_lb_listener.this sets no TLS policy, so AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0+)", "path": ["ssl_policy"]}} with input as _input({"protocol": "HTTPS", "ssl_policy": null}, {})
}

test_fails_missing_policy if {
	check.deny == {{"msg": "aws_lb_listener.this sets no TLS policy, so AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0+)", "path": ["ssl_policy"]}} with input as _input({"protocol": "HTTPS"}, {})
}

test_fails_unknown_unset_policy if {
	check.deny == {{"msg": "aws_lb_listener.this sets no TLS policy, so AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0+)", "path": ["ssl_policy"]}} with input as _input({"protocol": "HTTPS"}, {"ssl_policy": true})
		with data.tfguard.configuration as _config({"protocol": {"constant_value": "HTTPS"}})
}

test_unknown_written_policy if {
	check.deny == {{"msg": "aws_lb_listener.this: ssl_policy is not known until apply", "path": ["ssl_policy"], "unknown": true}} with input as _input({"protocol": "HTTPS"}, {"ssl_policy": true})
		with data.tfguard.configuration as _config({"ssl_policy": {"references": ["var.policy"]}})
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "aws_lb_listener.this: ssl_policy is not known until apply", "path": ["ssl_policy"], "unknown": true}} with input as _input({"protocol": "HTTPS"}, {"ssl_policy": true})
}

test_fails_http_without_redirect if {
	check.deny == {{"msg": "aws_lb_listener.this serves HTTP without redirecting to HTTPS, so no TLS is used", "path": ["protocol"]}} with input as _input({"protocol": "HTTP", "ssl_policy": null, "default_action": [{"type": "forward", "redirect": []}]}, {})
}

test_passes_http_redirect if {
	count(check.deny) == 0 with input as _input({"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443"}]}]}, {})
}

test_passes_tcp_and_gateway if {
	count(check.deny) == 0 with input as _input({"protocol": "TCP", "ssl_policy": null}, {})
	count(check.deny) == 0 with input as _input({"protocol": "GENEVE"}, {})
	count(check.deny) == 0 with input as _input({"protocol": null}, {})
}

test_unknown_protocol if {
	check.deny == {{"msg": "aws_lb_listener.this: protocol is not known until apply", "path": ["protocol"], "unknown": true}} with input as _input({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, {"protocol": true})
}

test_alb_listener_alias if {
	check.deny == {{"msg": "aws_alb_listener.this uses the TLS policy ELBSecurityPolicy-TLS-1-1-2017-01", "path": ["ssl_policy"]}} with input as {"address": "aws_alb_listener.this", "mode": "managed", "type": "aws_alb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"}, "after_unknown": {}}}
}
