package tfguard.google.dns_dnssec_test

import data.tfguard.google.dns_dnssec as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "google_dns_managed_zone.this has dnssec_config.state = \"off\"", "path": ["dnssec_config", 0, "state"]}} with input as _input("google_dns_managed_zone", {"visibility": "public", "dnssec_config": [{"state": "off"}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_dns_managed_zone.this does not enable DNSSEC (no dnssec_config.state)", "path": ["dnssec_config"]}} with input as _input("google_dns_managed_zone", {"visibility": "public", "dnssec_config": []}, {})
}

test_fails_when_visibility_null if {
	check.deny == {{"msg": "google_dns_managed_zone.this does not enable DNSSEC (no dnssec_config.state)", "path": ["dnssec_config"]}} with input as _input("google_dns_managed_zone", {"visibility": null, "dnssec_config": null}, {})
}

test_passes_when_on if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"visibility": "public", "dnssec_config": [{"state": "on"}]}, {})
}

test_passes_when_transfer if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"dnssec_config": [{"state": "transfer"}]}, {})
}

test_skips_private_zones if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"visibility": "private", "dnssec_config": []}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_dns_managed_zone.this: dnssec_config.state is not known until apply", "path": ["dnssec_config"], "unknown": true}} with input as _input("google_dns_managed_zone", {"dnssec_config": [{}]}, {"dnssec_config": [{"state": true}]})
}
