# METADATA
# title: PostgreSQL instance does not log all temporary files
# description: >-
#   log_temp_files = 0 logs every temporary file, which exposes expensive queries and disk exhaustion.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-temp-files
#   severity: medium
#   aliases: [AVD-GCP-0014, GCP-0014, google-sql-enable-pg-temp-file-logging, CKV_GCP_56]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_temp_files", value = "0" } }.
package tfguard.google.sql_pg_log_temp_files

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"0"}

deny contains {"msg": sprintf("%s sets database flag log_temp_files = %q (want 0)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_temp_files"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (-1, no logging), which fails.
deny contains {"msg": sprintf("%s does not set database flag log_temp_files (default -1, no logging)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["log_temp_files"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
