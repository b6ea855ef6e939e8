# METADATA
# title: App Service does not enable HTTP/2
# description: >-
#   HTTP/2 fixes head-of-line blocking and header-compression weaknesses of
#   HTTP/1.1.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings
# custom:
#   id: azure-appservice-http2
#   severity: low
#   aliases: [AVD-AZU-0005, AZU-0005, azure-appservice-enable-http2, CKV_AZURE_18, CKV_AZURE_67]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot", "azurerm_function_app_slot"]
#   remediation: >-
#     Set site_config { http2_enabled = true }.
package tfguard.azure.appservice_http2

import data.tfguard.lib.azure
import rego.v1

# site_config.http2_enabled defaults to false.
_key := azure.block_key("site_config", ["http2_enabled"])

_path := ["site_config", 0, _key]

deny contains {"msg": sprintf("%s does not enable HTTP/2", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not enable HTTP/2 (site_config.%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
