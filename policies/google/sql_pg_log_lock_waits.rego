# METADATA
# title: PostgreSQL instance does not log lock waits
# description: >-
#   Lock-wait logs reveal long waits that degrade service or signal denial-of-service attempts.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-log-lock-waits
#   severity: medium
#   aliases: [AVD-GCP-0020, GCP-0020, google-sql-pg-log-lock-waits, CKV_GCP_54]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "log_lock_waits", value = "on" } }.
package tfguard.google.sql_pg_log_lock_waits

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag log_lock_waits = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["log_lock_waits"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag log_lock_waits (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["log_lock_waits"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
