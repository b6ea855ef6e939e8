# METADATA
# title: App Service app is reachable from public networks
# description: >-
#   With public network access the app accepts connections from the internet
#   rather than only through private endpoints.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/overview-private-endpoint
# custom:
#   id: azure-appservice-public-network
#   severity: medium
#   aliases: [CKV_AZURE_222, CKV_AZURE_221]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot"]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints.
package tfguard.azure.appservice_public_network

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
