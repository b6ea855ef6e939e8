# METADATA
# title: PostgreSQL instance does not log errors
# description: >-
#   A log_min_messages of log, fatal or panic drops error messages from the logs.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-errors
#   severity: low
#   aliases: [AVD-GCP-0018, GCP-0018, google-sql-pg-log-errors]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_min_messages", value = "error" } }.
package tfguard.google.sql_pg_log_min_messages

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"error", "warning", "notice", "info", "debug1", "debug2", "debug3", "debug4", "debug5"}

deny contains {"msg": sprintf("%s sets database flag log_min_messages = %q (want error or lower)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_min_messages"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (warning) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
