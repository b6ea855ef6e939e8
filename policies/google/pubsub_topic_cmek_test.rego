package tfguard.google.pubsub_topic_cmek_test

import data.tfguard.google.pubsub_topic_cmek as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_null if {
	check.deny == {{"msg": "google_pubsub_topic.this has no kms_key_name (Google-managed encryption)", "path": ["kms_key_name"]}} with input as _input("google_pubsub_topic", {"name": "t", "kms_key_name": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_pubsub_topic.this has no kms_key_name (Google-managed encryption)", "path": ["kms_key_name"]}} with input as _input("google_pubsub_topic", {"name": "t"}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_pubsub_topic", {"kms_key_name": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}, {})
}

test_passes_when_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_pubsub_topic", {}, {"kms_key_name": true})
}
