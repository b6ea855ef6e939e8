# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Without SSL enforcement, clients can send credentials and data in clear
#   text.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/configure-ssl-instance
# custom:
#   id: google-sql-require-ssl
#   severity: high
#   aliases: [AVD-GCP-0015, GCP-0015, google-sql-encrypt-in-transit-data, CKV_GCP_6]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Set ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } (or require_ssl =
#     true on older providers).
package tfguard.google.sql_require_ssl

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not require SSL", [input.address]), "path": ["settings", 0, "ip_configuration"]} if {
	some settings in lib.list(input.change.after.settings)
	some ip in lib.list(settings.ip_configuration)
	not ssl_required(ip)
}

# No ip_configuration at all: unencrypted connections are allowed.
deny contains {"msg": sprintf("%s does not require SSL (no ip_configuration)", [input.address]), "path": ["settings", 0]} if {
	some i, settings in lib.list(input.change.after.settings)
	not lib.unknown(["settings", i, "ip_configuration"])
	count(lib.list(object.get(settings, "ip_configuration", null))) == 0
}

ssl_required(ip) if ip.require_ssl == true

ssl_required(ip) if ip.ssl_mode in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}
