# METADATA
# title: SQL Server instance allows remote access to stored procedures
# description: >-
#   remote access lets stored procedures run on and from remote servers, which can be abused to offload queries or attacks (CIS 6.3.5).
# related_resources:
# - ref: https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: google-sql-sqlserver-no-remote-access
#   severity: medium
#   aliases: []
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "remote access", value = "off" } }.
package tfguard.google.sql_sqlserver_no_remote_access

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag remote access = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("SQLSERVER")
	flag := google.database_flags["remote access"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: SQL Server uses its default (on), which fails.
deny contains {"msg": sprintf("%s does not set database flag remote access (default on)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("SQLSERVER")
	google.flags_known
	not google.database_flags["remote access"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("SQLSERVER")
	lib.unknown(["settings", 0, "database_flags"])
}
