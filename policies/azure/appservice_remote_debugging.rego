# METADATA
# title: App Service has remote debugging enabled
# description: >-
#   Remote debugging opens extra inbound ports and lets a debugger attach to
#   the production process.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings
# custom:
#   id: azure-appservice-remote-debugging
#   severity: medium
#   aliases: [CKV_AZURE_72, CKV_AZURE_155]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_app_service_slot", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot"]
#   remediation: >-
#     Set site_config { remote_debugging_enabled = false }.
package tfguard.azure.appservice_remote_debugging

import data.tfguard.lib.azure
import rego.v1

# site_config.remote_debugging_enabled defaults to false, so null passes.
_key := azure.block_key("site_config", ["remote_debugging_enabled"])

_path := ["site_config", 0, _key]

deny contains {"msg": sprintf("%s has remote debugging enabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
