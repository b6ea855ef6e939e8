# METADATA
# title: MySQL instance allows LOAD DATA LOCAL
# description: >-
#   local_infile = on lets clients make the server read local files, a known data-exfiltration path after SQL injection.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/flags
# custom:
#   id: google-sql-mysql-no-local-infile
#   severity: high
#   aliases: [AVD-GCP-0026, GCP-0026, google-sql-mysql-no-local-infile, CKV_GCP_50]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "local_infile", value = "off" } }.
package tfguard.google.sql_mysql_no_local_infile

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"off"}

deny contains {"msg": sprintf("%s sets database flag local_infile = %q (want off)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("MYSQL")
	flag := google.database_flags["local_infile"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: the default (off) is safe.

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("MYSQL")
	lib.unknown(["settings", 0, "database_flags"])
}
