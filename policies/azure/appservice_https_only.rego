# METADATA
# title: App Service accepts plain HTTP
# description: >-
#   Without https_only the app serves requests, cookies and tokens over
#   unencrypted HTTP.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https
# custom:
#   id: azure-appservice-https-only
#   severity: high
#   aliases: [AVD-AZU-0072, AZU-0072, azure-appservice-web-app-https-only, AVD-AZU-0004, AZU-0004, azure-appservice-enforce-https, CKV_AZURE_14, CKV_AZURE_70, CKV_AZURE_153]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_app_service_slot", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot", "azurerm_function_app_slot"]
#   remediation: >-
#     Set https_only = true.
package tfguard.azure.appservice_https_only

import data.tfguard.lib.azure
import rego.v1

# https_only defaults to false.
_key := azure.key(["https_only"])

_path := [_key]

deny contains {"msg": sprintf("%s accepts plain HTTP (https_only = false)", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s accepts plain HTTP (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
