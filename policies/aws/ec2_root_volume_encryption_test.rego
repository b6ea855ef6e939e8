package tfguard.aws.ec2_root_volume_encryption_test

import data.tfguard.aws.ec2_root_volume_encryption as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_an_unencrypted_root_volume if {
	check.deny == {{"msg": "aws_instance.this has an unencrypted root_block_device", "path": ["root_block_device", 0, "encrypted"]}} with input as _input("aws_instance", {"root_block_device": [{"encrypted": false}]}, {})
}

test_fails_on_an_unencrypted_ebs_block_device if {
	check.deny == {{"msg": "aws_instance.this has an unencrypted ebs_block_device", "path": ["ebs_block_device", 1, "encrypted"]}} with input as _input("aws_instance", {"root_block_device": [{"encrypted": true}], "ebs_block_device": [{"encrypted": true}, {"encrypted": false}]}, {})
}

test_fails_on_a_launch_configuration if {
	check.deny == {{"msg": "aws_launch_configuration.this has an unencrypted root_block_device", "path": ["root_block_device", 0, "encrypted"]}} with input as _input("aws_launch_configuration", {"root_block_device": [{"encrypted": false}], "ebs_block_device": []}, {})
}

test_passes_when_every_device_is_encrypted if {
	count(check.deny) == 0 with input as _input("aws_instance", {"root_block_device": [{"encrypted": true}], "ebs_block_device": [{"encrypted": true}]}, {})
}

# null: the provider default is false (unless the account encrypts by default).
test_fails_when_encrypted_is_null if {
	check.deny == {{"msg": "aws_instance.this has an unencrypted root_block_device", "path": ["root_block_device", 0, "encrypted"]}} with input as _input("aws_instance", {"root_block_device": [{"encrypted": null}]}, {})
}

test_fails_when_encrypted_is_missing if {
	check.deny == {{"msg": "aws_instance.this has an unencrypted root_block_device", "path": ["root_block_device", 0, "encrypted"]}} with input as _input("aws_instance", {"root_block_device": [{}]}, {})
}

test_passes_when_no_devices_are_listed if {
	count(check.deny) == 0 with input as _input("aws_instance", {"root_block_device": [], "ebs_block_device": null}, {})
}

test_passes_when_encrypted_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_instance", {"root_block_device": [{}]}, {"root_block_device": [{"encrypted": true}]})
}

test_reports_unknown_when_the_root_block_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_instance.this: root_block_device (whether the root volume is encrypted) is not known until apply", "path": ["root_block_device"], "unknown": true}} with input as _input("aws_instance", {"root_block_device": []}, {"root_block_device": true})
}
