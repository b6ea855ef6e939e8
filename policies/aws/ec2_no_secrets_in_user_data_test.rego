package tfguard.aws.ec2_no_secrets_in_user_data_test

import data.tfguard.aws.ec2_no_secrets_in_user_data as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_key_script := "#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"

_secret_script := "[default]\naws_secret_access_key = abc\n"

test_fails_on_an_access_key_in_plain_user_data if {
	check.deny == {{"msg": "aws_instance.this user data contains an AWS access key id", "path": ["user_data"]}} with input as _input("aws_instance", {"user_data": _key_script}, {})
}

test_fails_on_a_secret_key_in_user_data_base64 if {
	check.deny == {{"msg": "aws_instance.this user data contains an AWS secret access key", "path": ["user_data_base64"]}} with input as _input("aws_instance", {"user_data": null, "user_data_base64": base64.encode(_secret_script)}, {})
}

test_fails_on_a_launch_template if {
	check.deny == {{"msg": "aws_launch_template.this user data contains an AWS access key id", "path": ["user_data"]}} with input as _input("aws_launch_template", {"user_data": base64.encode(_key_script)}, {})
}

test_fails_on_both_kinds_of_secret if {
	check.deny == {
		{"msg": "aws_launch_configuration.this user data contains an AWS access key id", "path": ["user_data"]},
		{"msg": "aws_launch_configuration.this user data contains an AWS secret access key", "path": ["user_data"]},
	} with input as _input("aws_launch_configuration", {"user_data": concat("", [_key_script, _secret_script])}, {})
}

test_passes_on_clean_user_data if {
	count(check.deny) == 0 with input as _input("aws_instance", {"user_data": "#!/bin/sh\necho hello\n"}, {})
}

# The plan of aws_instance shows user_data as a SHA-1 hash: nothing to read.
test_passes_on_a_user_data_hash if {
	count(check.deny) == 0 with input as _input("aws_instance", {"user_data": "3c5b1a8cbb8e9d8e33f4c9d2ee3e1e2b0f8c1a2d"}, {})
}

test_passes_when_user_data_is_null if {
	count(check.deny) == 0 with input as _input("aws_instance", {"user_data": null, "user_data_base64": null}, {})
}

test_passes_when_user_data_is_missing if {
	count(check.deny) == 0 with input as _input("aws_instance", {}, {})
}

test_passes_when_user_data_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_launch_template", {}, {"user_data": true})
}
