# METADATA
# title: Data factory is reachable from public networks
# description: >-
#   With public network access the factory accepts connections from the whole
#   internet rather than only through private endpoints.
# related_resources:
# - ref: https://learn.microsoft.com/azure/data-factory/data-factory-private-link
# custom:
#   id: azure-datafactory-public-network
#   severity: medium
#   aliases: [AVD-AZU-0035, AZU-0035, azure-datafactory-no-public-access, CKV_AZURE_104]
#   resource_types: ["azurerm_data_factory"]
#   remediation: >-
#     Set public_network_enabled = false and use private endpoints.
package tfguard.azure.datafactory_public_network

import data.tfguard.lib.azure
import rego.v1

# public_network_enabled defaults to true.
_key := azure.key(["public_network_enabled"])

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
