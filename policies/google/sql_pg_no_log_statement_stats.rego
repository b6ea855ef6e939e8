# METADATA
# title: PostgreSQL instance logs statement statistics
# description: >-
#   log_statement_stats is a profiling aid that floods the logs and costs performance (CIS 6.2).
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-no-log-statement-stats
#   severity: low
#   aliases: [CKV2_GCP_17]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_statement_stats", value = "off" } }.
package tfguard.google.sql_pg_no_log_statement_stats

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag log_statement_stats = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_statement_stats"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
