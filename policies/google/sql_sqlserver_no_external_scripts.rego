# METADATA
# title: SQL Server instance enables external scripts
# description: >-
#   External scripts run R or Python code on the server outside the database engine's security controls (CIS 6.3.1).
# related_resources:
# - ref: https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: google-sql-sqlserver-no-external-scripts
#   severity: medium
#   aliases: []
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "external scripts enabled", value = "off" } }.
package tfguard.google.sql_sqlserver_no_external_scripts

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag external scripts enabled = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("SQLSERVER")
	flag := google.database_flags["external scripts enabled"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("SQLSERVER")
	lib.unknown(["settings", 0, "database_flags"])
}
