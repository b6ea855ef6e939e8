# METADATA
# title: MySQL instance has point-in-time recovery off
# description: >-
#   Without binary logging, a MySQL instance can only be restored to the last
#   daily backup, losing up to a day of writes.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/backup-recovery/pitr
# custom:
#   id: google-sql-mysql-pitr
#   severity: medium
#   aliases: [CKV2_GCP_20]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Set settings { backup_configuration { enabled = true,
#     binary_log_enabled = true } }.
package tfguard.google.sql_mysql_pitr

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

after := input.change.after

# Replicas take their recovery from the primary.
replica if is_string(after.master_instance_name)

# master_instance_name is computed: unknown and unwritten is a primary.
replica if {
	lib.unknown(["master_instance_name"])
	not google.not_written(["master_instance_name"])
}

_binlog if lib.list(lib.list(after.settings)[0].backup_configuration)[0].binary_log_enabled == true

_path := ["settings", 0, "backup_configuration", 0, "binary_log_enabled"]

# Unset: binary logging is off (the default).
deny contains {"msg": sprintf("%s does not enable binary logging (point-in-time recovery)", [input.address]), "path": ["settings", 0, "backup_configuration"]} if {
	google.engine("MYSQL")
	not replica
	not _binlog
	not lib.unknown(_path)
	not lib.unknown(["settings", 0, "backup_configuration"])
	not lib.unknown(["settings"])
}

deny contains lib.unknown_result("settings", "settings.backup_configuration.binary_log_enabled") if {
	google.engine("MYSQL")
	not replica
	lib.unknown(_path)
}
