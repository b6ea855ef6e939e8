# METADATA
# title: Cloud SQL instance has automated backups off
# description: >-
#   Without automated backups, data lost to a mistake, corruption or an
#   attack cannot be restored.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/backup-recovery/backups
# custom:
#   id: google-sql-backups
#   severity: medium
#   aliases: [AVD-GCP-0024, GCP-0024, google-sql-enable-backup, CKV_GCP_14]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Set settings { backup_configuration { enabled = true } }.
package tfguard.google.sql_backups

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

after := input.change.after

settings := lib.list(after.settings)[0]

_path := ["settings", 0, "backup_configuration"]

# Read replicas cannot have backups: they are skipped.
replica if is_string(after.master_instance_name)

# master_instance_name is computed: unknown and unwritten is a primary.
replica if {
	lib.unknown(["master_instance_name"])
	not google.not_written(["master_instance_name"])
}

deny contains {"msg": sprintf("%s has backup_configuration.enabled = %v", [input.address, config.enabled]), "path": ["settings", 0, "backup_configuration", 0, "enabled"]} if {
	not replica
	config := lib.list(settings.backup_configuration)[0]
	not lib.unknown(["settings", 0, "backup_configuration", 0, "enabled"])
	not config.enabled == true
}

# No block: backups are off (the default). The plan may show an unwritten
# block as computed.
deny contains {"msg": sprintf("%s has no backup_configuration (automated backups are off)", [input.address]), "path": ["settings", 0]} if {
	not replica
	is_object(settings)
	not lib.unknown(_path)
	count(lib.list(object.get(settings, "backup_configuration", null))) == 0
}

deny contains {"msg": sprintf("%s has no backup_configuration (automated backups are off)", [input.address]), "path": ["settings", 0]} if {
	not replica
	lib.unknown(_path)
	google.not_written(_path)
}

deny contains lib.unknown_result("settings", "settings.backup_configuration") if {
	not replica
	lib.unknown(_path)
	not google.not_written(_path)
}

deny contains lib.unknown_result("settings", "settings.backup_configuration.enabled") if {
	not replica
	lib.unknown(["settings", 0, "backup_configuration", 0, "enabled"])
}
