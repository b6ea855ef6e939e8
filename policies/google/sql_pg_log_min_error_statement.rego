# METADATA
# title: PostgreSQL instance does not log statements that cause errors
# description: >-
#   A log_min_error_statement of log, fatal or panic stops recording the SQL that caused errors.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-min-error-statement
#   severity: low
#   aliases: [CKV_GCP_109]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_min_error_statement", value = "error" } }.
package tfguard.google.sql_pg_log_min_error_statement

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"error", "warning", "notice", "info", "debug1", "debug2", "debug3", "debug4", "debug5"}

deny contains {"msg": sprintf("%s sets database flag log_min_error_statement = %q (want error or lower)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_min_error_statement"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (error) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
