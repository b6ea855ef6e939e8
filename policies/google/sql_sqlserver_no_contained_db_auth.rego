# METADATA
# title: SQL Server instance enables contained database authentication
# description: >-
#   Users of contained databases authenticate inside the database, outside the server's login policies.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: google-sql-no-contained-db-auth
#   severity: medium
#   aliases: [AVD-GCP-0023, GCP-0023, google-sql-no-contained-db-auth, CKV_GCP_59]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "contained database authentication", value = "off" } }.
package tfguard.google.sql_sqlserver_no_contained_db_auth

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag contained database authentication = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("SQLSERVER")
	flag := google.database_flags["contained database authentication"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("SQLSERVER")
	lib.unknown(["settings", 0, "database_flags"])
}
