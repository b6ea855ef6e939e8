# METADATA
# title: PostgreSQL instance logs whole statements by duration
# description: >-
#   log_min_duration_statement other than -1 writes full SQL text, which can hold sensitive data, to the logs.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-no-min-statement-logging
#   severity: low
#   aliases: [AVD-GCP-0021, GCP-0021, google-sql-pg-no-min-statement-logging, CKV_GCP_57]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_min_duration_statement", value = "-1" } }.
package tfguard.google.sql_pg_log_min_duration_statement

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"-1"}

deny contains {"msg": sprintf("%s sets database flag log_min_duration_statement = %q (want -1)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_min_duration_statement"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (-1, off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
