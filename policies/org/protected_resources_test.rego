package tfguard.org.protected_resources_test

import data.tfguard.org.protected_resources as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_change(type, actions, before) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": actions, "before": before, "after": null, "after_unknown": {}}}

_config := {"protected": [{"type": "aws_db_instance"}, {"address": "aws_s3_bucket.state"}, {"tags": {"protected": "true"}}]}

test_fails_on_deleting_a_protected_type if {
	check.deny == {{"msg": "aws_db_instance.this is protected and would be deleted"}} with input as _change("aws_db_instance", ["delete"], {"identifier": "db"}) with data.tfguard.config as _config
}

test_fails_on_replacing_by_tag if {
	check.deny == {{"msg": "aws_kms_key.this is protected and would be replaced"}} with input as _change("aws_kms_key", ["delete", "create"], {"tags": {"protected": "true"}}) with data.tfguard.config as _config
}

test_fails_on_create_before_destroy_by_address if {
	check.deny == {{"msg": "aws_s3_bucket.state is protected and would be replaced"}} with input as object.union(_change("aws_s3_bucket", ["create", "delete"], {}), {"address": "aws_s3_bucket.state", "name": "state"}) with data.tfguard.config as _config
}

test_passes_on_an_update if {
	count(check.deny) == 0 with input as _change("aws_db_instance", ["update"], {"identifier": "db"}) with data.tfguard.config as _config
}

test_passes_on_deleting_an_unprotected_resource if {
	count(check.deny) == 0 with input as _change("aws_kms_key", ["delete"], {"tags": {"protected": "false"}}) with data.tfguard.config as _config
}

test_off_without_configuration if {
	count(check.deny) == 0 with input as _change("aws_db_instance", ["delete"], {})
}

test_passes_when_tags_are_null if {
	count(check.deny) == 0 with input as _change("aws_kms_key", ["delete"], {"tags": null}) with data.tfguard.config as _config
}

test_passes_when_before_is_null if {
	count(check.deny) == 0 with input as _change("aws_kms_key", ["delete"], null) with data.tfguard.config as _config
}
