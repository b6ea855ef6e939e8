# METADATA
# title: Cloud SQL instance accepts connections from the whole internet
# description: >-
#   An authorized network of 0.0.0.0/0 lets any address on the internet reach
#   the database.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/authorize-networks
# custom:
#   id: google-sql-no-public-access
#   severity: critical
#   aliases: [AVD-GCP-0017, GCP-0017, google-sql-no-public-access, CKV_GCP_11]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Remove 0.0.0.0/0 from authorized_networks; prefer private IP.
package tfguard.google.sql_no_public_access

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s authorizes %s", [input.address, network.value]), "path": ["settings", 0, "ip_configuration", 0, "authorized_networks"]} if {
	some settings in lib.list(input.change.after.settings)
	some ip in lib.list(settings.ip_configuration)
	some network in lib.list(ip.authorized_networks)
	lib.public_cidr(network.value)
}
