# METADATA
# title: Cloud SQL root user has no password
# description: >-
#   A MySQL root user without a password lets anyone who can reach the
#   instance connect with administrative privileges.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/create-manage-users
# custom:
#   id: google-sql-user-root-password
#   severity: critical
#   aliases: [CKV2_GCP_7]
#   resource_types: ["google_sql_user"]
#   remediation: >-
#     Set a strong password (for example from random_password) for root, or
#     use IAM database authentication.
package tfguard.google.sql_user_root_password

import data.tfguard.lib
import rego.v1

after := input.change.after

# Built-in users only: IAM users authenticate without a password.
builtin if object.get(after, "type", null) in {null, "", "BUILT_IN"}

# A password from random_password is unknown until apply: it is set.
deny contains {"msg": sprintf("%s is %s without a password", [input.address, after.name]), "path": ["password"]} if {
	is_string(after.name)
	startswith(after.name, "root")
	builtin
	not lib.unknown(["password"])
	object.get(after, "password", null) in {null, ""}
	not lib.unknown(["password_wo"])
	object.get(after, "password_wo", null) in {null, ""}
}
