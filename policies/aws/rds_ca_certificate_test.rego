package tfguard.aws.rds_ca_certificate_test

import data.tfguard.aws.rds_ca_certificate as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_on_rds_ca_2019 if {
	check.deny == {{"msg": "aws_db_instance.this uses an outdated CA certificate (ca_cert_identifier)", "path": ["ca_cert_identifier"]}} with input as _input({"ca_cert_identifier": "rds-ca-2019"}, {})
}

test_fails_on_rds_ca_2015 if {
	check.deny == {{"msg": "aws_db_instance.this uses an outdated CA certificate (ca_cert_identifier)", "path": ["ca_cert_identifier"]}} with input as _input({"ca_cert_identifier": "rds-ca-2015"}, {})
}

test_passes_on_rsa2048 if {
	count(check.deny) == 0 with input as _input({"ca_cert_identifier": "rds-ca-rsa2048-g1"}, {})
}

test_passes_on_ecc384 if {
	count(check.deny) == 0 with input as _input({"ca_cert_identifier": "rds-ca-ecc384-g1"}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"ca_cert_identifier": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: ca_cert_identifier is not known until apply", "path": ["ca_cert_identifier"], "unknown": true}} with input as _input({}, {"ca_cert_identifier": true})
}

test_passes_when_computed_default if {
	count(check.deny) == 0 with input as _input({}, {"ca_cert_identifier": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_db_instance", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_configured_from_a_variable if {
	check.deny == {{"msg": "aws_db_instance.this: ca_cert_identifier is not known until apply", "path": ["ca_cert_identifier"], "unknown": true}} with input as _input({}, {"ca_cert_identifier": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_db_instance", "name": "this", "mode": "managed", "expressions": {"ca_cert_identifier": {"references": ["var.ca"]}}}]}}
}
