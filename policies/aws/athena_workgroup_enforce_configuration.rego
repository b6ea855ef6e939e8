# METADATA
# title: Athena workgroup lets clients override its configuration
# description: >-
#   With enforce_workgroup_configuration = false each query can choose its
#   own result location and encryption, including none.
# related_resources:
# - ref: https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html
# custom:
#   id: aws-athena-workgroup-enforce-configuration
#   severity: medium
#   aliases: [AVD-AWS-0007, AWS-0007, aws-athena-no-encryption-override, CKV_AWS_82]
#   resource_types: ["aws_athena_workgroup"]
#   remediation: >-
#     Set configuration { enforce_workgroup_configuration = true } (the default).
package tfguard.aws.athena_workgroup_enforce_configuration

import data.tfguard.lib
import rego.v1

# No configuration block or a null value: the default true.
deny contains {"msg": sprintf("%s lets clients override its configuration", [input.address]), "path": ["configuration", i, "enforce_workgroup_configuration"]} if {
	some i, config in lib.list(input.change.after.configuration)
	config.enforce_workgroup_configuration == false
}

deny contains lib.unknown_result("configuration", "configuration.enforce_workgroup_configuration") if {
	some i, _ in lib.list(input.change.after.configuration)
	object.get(input.change.after_unknown, ["configuration", i, "enforce_workgroup_configuration"], false) == true
}
