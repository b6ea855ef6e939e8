package tfguard.google.dns_no_rsasha1_test

import data.tfguard.google.dns_no_rsasha1 as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_dns_managed_zone.this uses rsasha1 for its zoneSigning", "path": ["dnssec_config", 0, "default_key_specs", 1, "algorithm"]}} with input as _input("google_dns_managed_zone", {"dnssec_config": [{"state": "on", "default_key_specs": [{"algorithm": "rsasha256", "key_type": "keySigning"}, {"algorithm": "rsasha1", "key_type": "zoneSigning"}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"dnssec_config": [{"state": "on", "default_key_specs": [{"algorithm": "ecdsap256sha256", "key_type": "keySigning"}]}]}, {})
}

test_passes_with_default_specs if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"dnssec_config": [{"state": "on", "default_key_specs": null}]}, {})
}

test_passes_without_dnssec if {
	count(check.deny) == 0 with input as _input("google_dns_managed_zone", {"dnssec_config": []}, {})
}
