package tfguard.google.compute_subnet_flow_logs_test

import data.tfguard.google.compute_subnet_flow_logs as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_log_config if {
	check.deny == {{"msg": "google_compute_subnetwork.this has no log_config (VPC flow logs off)", "path": ["log_config"]}} with input as _input("google_compute_subnetwork", {"ip_cidr_range": "10.0.0.0/24", "log_config": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_compute_subnetwork.this has no log_config (VPC flow logs off)", "path": ["log_config"]}} with input as _input("google_compute_subnetwork", {"purpose": "PRIVATE", "log_config": null}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_subnetwork", {"log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "flow_sampling": 0.5}]}, {})
}

test_skips_proxy_only_subnets if {
	count(check.deny) == 0 with input as _input("google_compute_subnetwork", {"purpose": "REGIONAL_MANAGED_PROXY", "log_config": []}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_subnetwork.this: log_config is not known until apply", "path": ["log_config"], "unknown": true}} with input as _input("google_compute_subnetwork", {}, {"log_config": true})
}
