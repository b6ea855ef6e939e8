# METADATA
# title: Instance block device is not encrypted
# description: >-
#   Unencrypted root and EBS block devices keep data readable in snapshots and
#   detached volumes.
# related_resources:
# - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: aws-ec2-root-volume-encryption
#   severity: high
#   aliases: [AVD-AWS-0131, AWS-0131, aws-ec2-enable-at-rest-encryption, CKV_AWS_8, AVD-AWS-0008, AWS-0008, aws-ec2-enable-launch-config-at-rest-encryption]
#   resource_types: ["aws_instance", "aws_launch_configuration"]
#   remediation: >-
#     Set encrypted = true on root_block_device and every ebs_block_device, or
#     turn on EBS encryption by default.
package tfguard.aws.ec2_root_volume_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has an unencrypted %s", [input.address, kind]), "path": [kind, i, "encrypted"]} if {
	some kind in ["root_block_device", "ebs_block_device"]
	some i, device in lib.list(input.change.after[kind])
	not lib.unknown([kind, i, "encrypted"])
	not lib.is_true(object.get(device, "encrypted", null))
}

deny contains lib.unknown_result("root_block_device", "root_block_device (whether the root volume is encrypted)") if lib.unknown(["root_block_device"])
