# METADATA
# title: SQL Server instance enables cross-database ownership chaining
# description: >-
#   Ownership chaining across databases lets a user of one database reach objects in another without a permission check.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: google-sql-no-cross-db-ownership-chaining
#   severity: medium
#   aliases: [AVD-GCP-0019, GCP-0019, google-sql-no-cross-db-ownership-chaining, CKV_GCP_58]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "cross db ownership chaining", value = "off" } }.
package tfguard.google.sql_sqlserver_no_cross_db_ownership_chaining

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag cross db ownership chaining = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("SQLSERVER")
	flag := google.database_flags["cross db ownership chaining"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("SQLSERVER")
	lib.unknown(["settings", 0, "database_flags"])
}
