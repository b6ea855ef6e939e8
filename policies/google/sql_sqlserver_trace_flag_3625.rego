# METADATA
# title: SQL Server instance does not mask error details (trace flag 3625)
# description: >-
#   Trace flag 3625 limits the information error messages give to users who are not sysadmin, which can leak schema details (CIS 6.3.6).
# related_resources:
# - ref: https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: google-sql-sqlserver-trace-flag-3625
#   severity: low
#   aliases: []
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "3625", value = "on" } }.
package tfguard.google.sql_sqlserver_trace_flag_3625

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag 3625 = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("SQLSERVER")
	flag := google.database_flags["3625"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: SQL Server uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag 3625 (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("SQLSERVER")
	google.flags_known
	not google.database_flags["3625"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("SQLSERVER")
	lib.unknown(["settings", 0, "database_flags"])
}
