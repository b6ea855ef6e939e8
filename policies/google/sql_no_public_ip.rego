# METADATA
# title: Cloud SQL instance has a public IP address
# description: >-
#   A public IPv4 address puts the database on the internet, one firewall
#   or authorized-network mistake away from exposure; private IP keeps it
#   inside the VPC.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/configure-private-ip
# custom:
#   id: google-sql-no-public-ip
#   severity: high
#   aliases: [CKV_GCP_60]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Set settings { ip_configuration { ipv4_enabled = false, private_network
#     = ... } }.
package tfguard.google.sql_no_public_ip

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

settings := lib.list(input.change.after.settings)[0]

_ip := ["settings", 0, "ip_configuration"]

deny contains {"msg": sprintf("%s has a public IP (ipv4_enabled = true)", [input.address]), "path": ["settings", 0, "ip_configuration", 0, "ipv4_enabled"]} if {
	lib.list(settings.ip_configuration)[0].ipv4_enabled == true
}

# Without ip_configuration, Cloud SQL assigns a public IP (ipv4_enabled
# defaults to true). The plan may show an unwritten block as computed.
deny contains {"msg": sprintf("%s has a public IP (no ip_configuration: ipv4_enabled defaults to true)", [input.address]), "path": ["settings", 0]} if {
	is_object(settings)
	not lib.unknown(_ip)
	count(lib.list(object.get(settings, "ip_configuration", null))) == 0
}

deny contains {"msg": sprintf("%s has a public IP (no ip_configuration: ipv4_enabled defaults to true)", [input.address]), "path": ["settings", 0]} if {
	lib.unknown(_ip)
	google.not_written(_ip)
}

deny contains lib.unknown_result("settings", "settings.ip_configuration") if {
	lib.unknown(_ip)
	not google.not_written(_ip)
}

deny contains lib.unknown_result("settings", "settings.ip_configuration.ipv4_enabled") if lib.unknown(["settings", 0, "ip_configuration", 0, "ipv4_enabled"])
