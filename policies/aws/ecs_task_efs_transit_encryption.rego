# METADATA
# title: ECS task definition mounts an EFS volume without encryption in transit
# description: >-
#   Without transit_encryption, NFS traffic between the task and EFS crosses
#   the network in clear text.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
# custom:
#   id: aws-ecs-task-efs-transit-encryption
#   severity: medium
#   aliases: [AVD-AWS-0035, AWS-0035, aws-ecs-enable-in-transit-encryption, CKV_AWS_97]
#   resource_types: ["aws_ecs_task_definition"]
#   remediation: >-
#     Set transit_encryption = "ENABLED" in efs_volume_configuration.
package tfguard.aws.ecs_task_efs_transit_encryption

import data.tfguard.lib
import rego.v1

# null transit_encryption: the default DISABLED.
deny contains {"msg": sprintf("%s mounts the EFS volume %q without encryption in transit", [input.address, object.get(volume, "name", "")]), "path": ["volume", i, "efs_volume_configuration", j, "transit_encryption"]} if {
	some i, volume in lib.list(input.change.after.volume)
	some j, efs in lib.list(object.get(volume, "efs_volume_configuration", []))
	object.get(input.change.after_unknown, ["volume", i, "efs_volume_configuration", j, "transit_encryption"], false) != true
	object.get(efs, "transit_encryption", null) != "ENABLED"
}

deny contains lib.unknown_result("volume", "volume transit_encryption") if {
	some i, volume in lib.list(input.change.after.volume)
	some j, _ in lib.list(object.get(volume, "efs_volume_configuration", []))
	object.get(input.change.after_unknown, ["volume", i, "efs_volume_configuration", j, "transit_encryption"], false) == true
}
