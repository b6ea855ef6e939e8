# METADATA
# title: PostgreSQL server is reachable from public networks
# description: >-
#   With public network access the server endpoint accepts connections from
#   the internet, guarded only by firewall rules.
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-data-access-and-security-private-link
# custom:
#   id: azure-postgresql-public-network
#   severity: medium
#   aliases: [AVD-AZU-0022, AZU-0022, azure-database-no-public-access, CKV_AZURE_68]
#   resource_types: ["azurerm_postgresql_server"]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints.
package tfguard.azure.postgresql_public_network

import data.tfguard.lib.azure
import rego.v1

# public_network_access_enabled defaults to true.
_key := azure.key(["public_network_access_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s allows public network access", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains {"msg": sprintf("%s allows public network access (%s defaults to true)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
