# METADATA
# title: PostgreSQL instance does not log disconnections
# description: >-
#   Disconnection logs record session ends and durations, needed to reconstruct what a session did.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-disconnections
#   severity: medium
#   aliases: [AVD-GCP-0022, GCP-0022, google-sql-pg-log-disconnections, CKV_GCP_53]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_disconnections", value = "on" } }.
package tfguard.google.sql_pg_log_disconnections

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag log_disconnections = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_disconnections"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag log_disconnections (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["log_disconnections"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
