package tfguard.aws.msk_in_transit_encryption_test

import data.tfguard.aws.msk_in_transit_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_msk_cluster.this", "mode": "managed", "type": "aws_msk_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"cluster_name": "k"}, after), "after_unknown": after_unknown}}

_transit(client_broker, in_cluster) := {"encryption_info": [{"encryption_at_rest_kms_key_arn": null, "encryption_in_transit": [{"client_broker": client_broker, "in_cluster": in_cluster}]}]}

test_fails_on_plaintext if {
	check.deny == {{"msg": "aws_msk_cluster.this allows plaintext between clients and brokers (client_broker PLAINTEXT)", "path": ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"]}} with input as _input(_transit("PLAINTEXT", true), {})
}

test_fails_on_tls_plaintext if {
	check.deny == {{"msg": "aws_msk_cluster.this allows plaintext between clients and brokers (client_broker TLS_PLAINTEXT)", "path": ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"]}} with input as _input(_transit("TLS_PLAINTEXT", true), {})
}

test_fails_when_in_cluster_off if {
	check.deny == {{"msg": "aws_msk_cluster.this does not encrypt traffic between brokers (in_cluster = false)", "path": ["encryption_info", 0, "encryption_in_transit", 0, "in_cluster"]}} with input as _input(_transit("TLS", false), {})
}

test_passes_with_tls if {
	count(check.deny) == 0 with input as _input(_transit("TLS", true), {})
}

test_passes_with_null_defaults if {
	count(check.deny) == 0 with input as _input(_transit(null, null), {})
}

test_passes_without_encryption_info if {
	count(check.deny) == 0 with input as _input({"encryption_info": []}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_client_broker if {
	check.deny == {{"msg": "aws_msk_cluster.this: encryption_in_transit is not known until apply", "path": ["encryption_info"], "unknown": true}} with input as _input({"encryption_info": [{"encryption_in_transit": [{"in_cluster": true}]}]}, {"encryption_info": [{"encryption_in_transit": [{"client_broker": true}]}]})
}
