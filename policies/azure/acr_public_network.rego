# METADATA
# title: Container registry is reachable from public networks
# description: >-
#   With public network access the registry endpoint accepts connections from
#   the whole internet.
# related_resources:
# - ref: https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks
# custom:
#   id: azure-acr-public-network
#   severity: medium
#   aliases: [CKV_AZURE_139]
#   resource_types: ["azurerm_container_registry"]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints
#     (Premium SKU).
package tfguard.azure.acr_public_network

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
