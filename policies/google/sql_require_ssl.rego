# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Without SSL/TLS enforcement, clients can send credentials and data in
#   clear text. Cloud SQL allows unencrypted connections unless ssl_mode (or,
#   before provider v5/v6, require_ssl) says otherwise.
# related_resources:
# - ref: https://cloud.google.com/sql/docs/mysql/configure-ssl-instance
# custom:
#   id: google-sql-require-ssl
#   severity: high
#   aliases: [AVD-GCP-0015, GCP-0015, google-sql-encrypt-in-transit-data, CKV_GCP_6]
#   resource_types: ["google_sql_database_instance"]
#   remediation: >-
#     Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } } (or
#     "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" to also verify client
#     certificates); with provider versions before ssl_mode, require_ssl =
#     true.
package tfguard.google.sql_require_ssl

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Both modes refuse unencrypted connections; TRUSTED_CLIENT_CERTIFICATE_REQUIRED
# also verifies client certificates (MySQL and PostgreSQL only).
enforcing_modes := {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

_ip := ["settings", 0, "ip_configuration"]

_ssl_mode := ["settings", 0, "ip_configuration", 0, "ssl_mode"]

settings := lib.list(input.change.after.settings)[0]

ip := lib.list(settings.ip_configuration)[0]

ssl_mode := ip.ssl_mode if {
	is_string(ip.ssl_mode)
	ip.ssl_mode != ""
}

# ssl_mode set to a mode that lets clients connect without TLS.
deny contains {"msg": sprintf("%s has ssl_mode %q, which allows unencrypted connections", [input.address, ssl_mode]), "path": _ssl_mode} if {
	not ssl_mode in enforcing_modes
}

# ssl_mode unset (null or ""): the legacy require_ssl decides (v4 and older
# providers, or v5 users who still set it). Unset or false allows plain text.
deny contains {"msg": sprintf("%s does not require SSL: require_ssl is %v and ssl_mode is unset", [input.address, object.get(ip, "require_ssl", null)]), "path": ["settings", 0, "ip_configuration", 0, "require_ssl"]} if {
	is_object(ip)
	not ssl_mode
	not lib.unknown(_ssl_mode)
	not lib.unknown(["settings", 0, "ip_configuration", 0, "require_ssl"])
	not ip.require_ssl == true
}

# ssl_mode unknown because it is left unset: the provider takes the API
# default, ALLOW_UNENCRYPTED_AND_ENCRYPTED (unless require_ssl = true, which
# the API maps to TRUSTED_CLIENT_CERTIFICATE_REQUIRED).
deny contains {"msg": sprintf("%s does not require SSL: ssl_mode is not set (the default allows unencrypted connections)", [input.address]), "path": _ip} if {
	lib.unknown(_ssl_mode)
	google.not_written(_ssl_mode)
	not ip.require_ssl == true
}

# ssl_mode set from a value known only at apply, or no configuration to tell.
deny contains lib.unknown_result("settings", "settings.ip_configuration.ssl_mode") if {
	lib.unknown(_ssl_mode)
	not google.not_written(_ssl_mode)
	not ip.require_ssl == true
}

# No ip_configuration block: every default allows unencrypted connections.
deny contains {"msg": sprintf("%s does not require SSL: no ip_configuration block", [input.address]), "path": ["settings", 0]} if {
	is_object(settings)
	not lib.unknown(_ip)
	count(lib.list(object.get(settings, "ip_configuration", null))) == 0
}

# The plan shows an unwritten ip_configuration block as unknown (computed).
deny contains {"msg": sprintf("%s does not require SSL: no ip_configuration block", [input.address]), "path": ["settings", 0]} if {
	lib.unknown(_ip)
	google.not_written(_ip)
}

deny contains lib.unknown_result("settings", "settings.ip_configuration") if {
	lib.unknown(_ip)
	not google.not_written(_ip)
}

deny contains lib.unknown_result("settings", "settings") if lib.unknown(["settings"])
