# METADATA
# title: RDS instance does not take minor version upgrades
# description: >-
#   Minor engine versions carry security fixes; with automatic minor
#   version upgrades off, they wait for someone to apply them.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
# custom:
#   id: aws-rds-auto-minor-version-upgrade
#   severity: low
#   aliases: [CKV_AWS_226]
#   resource_types: ["aws_db_instance", "aws_rds_cluster_instance"]
#   remediation: >-
#     Set auto_minor_version_upgrade = true (the default).
package tfguard.aws.rds_auto_minor_version_upgrade

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set auto_minor_version_upgrade = true", [input.address]), "path": ["auto_minor_version_upgrade"]} if {
	not lib.unknown(["auto_minor_version_upgrade"])
	not _on
}

deny contains lib.unknown_result("auto_minor_version_upgrade", "auto_minor_version_upgrade") if {
	lib.unknown(["auto_minor_version_upgrade"])
}

_on if aws_data.value(["auto_minor_version_upgrade"]) == true

# Unset, the provider and RDS default to true.
_on if aws_data.value(["auto_minor_version_upgrade"]) == null
