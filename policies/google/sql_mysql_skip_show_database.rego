# METADATA
# title: MySQL instance lets every user list all databases
# description: >-
#   Without skip_show_database, any user can run SHOW DATABASES and learn every database name (CIS 6.1.2).
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/flags
# custom:
#   id: google-sql-mysql-skip-show-database
#   severity: low
#   aliases: []
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Add settings { database_flags { name = "skip_show_database", value = "on" } }.
package tfguard.google.sql_mysql_skip_show_database

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

good := {"on"}

deny contains {"msg": sprintf("%s sets database flag skip_show_database = %q (want on)", [input.address, flag.value]), "path": flag.path} if {
	google.engine("MYSQL")
	flag := google.database_flags["skip_show_database"]
	is_string(flag.value)
	not lower(flag.value) in good
}

# Unset: MySQL uses its default (off), which fails.
deny contains {"msg": sprintf("%s does not set database flag skip_show_database (default off)", [input.address]), "path": ["settings", 0, "database_flags"]} if {
	google.engine("MYSQL")
	google.flags_known
	not google.database_flags["skip_show_database"]
}

deny contains lib.unknown_result("settings", "settings.database_flags") if {
	google.engine("MYSQL")
	lib.unknown(["settings", 0, "database_flags"])
}
