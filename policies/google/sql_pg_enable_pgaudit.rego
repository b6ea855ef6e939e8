# METADATA
# title: PostgreSQL instance does not enable pgAudit
# description: >-
#   pgAudit writes detailed session and object audit logs that plain statement logging does not give.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: google-sql-pg-enable-pgaudit
#   severity: medium
#   aliases: [CKV_GCP_110]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "cloudsql.enable_pgaudit", value = "on" } }.
package tfguard.google.sql_pg_enable_pgaudit

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag cloudsql.enable_pgaudit = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("POSTGRES")
	flag := google.database_flags["cloudsql.enable_pgaudit"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: PostgreSQL uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag cloudsql.enable_pgaudit (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("POSTGRES")
	google.flags_known
	not google.database_flags["cloudsql.enable_pgaudit"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("POSTGRES")
	lib.unknown(["settings", 0, "database_flags"])
}
