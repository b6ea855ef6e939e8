# METADATA
# title: PostgreSQL server does not enforce SSL
# description: >-
#   Without SSL enforcement clients may connect unencrypted, exposing
#   credentials and data.
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security
# custom:
#   id: azure-postgresql-ssl
#   severity: high
#   aliases: [AVD-AZU-0020, AZU-0020, azure-database-enable-ssl-enforcement, CKV_AZURE_29]
#   resource_types: ["azurerm_postgresql_server"]
#   remediation: >-
#     Set ssl_enforcement_enabled = true.
package tfguard.azure.postgresql_ssl

import data.tfguard.lib.azure
import rego.v1

# ssl_enforcement_enabled is required from azurerm v2.? on (it had no safe
# default before), so null fails.
_key := azure.key(["ssl_enforcement_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s does not enforce SSL", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not enforce SSL (%s is not set)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
