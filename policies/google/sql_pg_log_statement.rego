# METADATA
# title: PostgreSQL instance does not log DDL statements
# description: >-
#   With log_statement = none, schema changes (and worse) leave no trace in the logs.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-statement
#   severity: low
#   aliases: [CKV_GCP_111]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_statement", value = "ddl" } }.
package tfguard.google.sql_pg_log_statement

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"ddl", "mod", "all"}

deny contains {"msg": sprintf("%s sets database flag log_statement = %q (want ddl or mod or all)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_statement"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (none), which fails.
deny contains {"msg": sprintf("%s does not set database flag log_statement (default none)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["log_statement"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
