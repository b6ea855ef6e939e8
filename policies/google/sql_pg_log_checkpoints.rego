# METADATA
# title: PostgreSQL instance does not log checkpoints
# description: >-
#   Checkpoint logs show write bursts and recovery points, which help explain performance problems and data-loss windows.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-checkpoints
#   severity: medium
#   aliases: [AVD-GCP-0025, GCP-0025, google-sql-pg-log-checkpoints, CKV_GCP_51]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_checkpoints", value = "on" } }.
package tfguard.google.sql_pg_log_checkpoints

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag log_checkpoints = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_checkpoints"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag log_checkpoints (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["log_checkpoints"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
