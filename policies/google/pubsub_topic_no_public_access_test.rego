package tfguard.google.pubsub_topic_no_public_access_test

import data.tfguard.google.pubsub_topic_no_public_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_pubsub_topic_iam_member.this grants roles/pubsub.publisher to allUsers", "path": ["member"]}} with input as _input("google_pubsub_topic_iam_member", {"role": "roles/pubsub.publisher", "member": "allUsers"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_pubsub_topic_iam_binding.this grants roles/pubsub.publisher to allAuthenticatedUsers", "path": ["members", 0]}} with input as _input("google_pubsub_topic_iam_binding", {"role": "roles/pubsub.publisher", "members": ["allAuthenticatedUsers"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_pubsub_topic_iam_policy.this grants roles/pubsub.publisher to allUsers", "path": ["policy_data"]}} with input as _input("google_pubsub_topic_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/pubsub.publisher", "members": ["allUsers", "user:a@example.com"]}]})}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_pubsub_topic_iam_member", {"role": "roles/pubsub.publisher", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_pubsub_topic_iam_binding", {"role": "roles/pubsub.publisher", "members": null}, {})
}

test_passes_when_member_unknown if {
	count(check.deny) == 0 with input as _input("google_pubsub_topic_iam_member", {"role": "roles/pubsub.publisher"}, {"member": true})
}
