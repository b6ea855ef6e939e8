# METADATA
# title: App Service accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-tls-versions
# custom:
#   id: azure-appservice-min-tls
#   severity: medium
#   aliases: [AVD-AZU-0006, AZU-0006, azure-appservice-use-secure-tls-policy, CKV_AZURE_15, CKV_AZURE_145]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot", "azurerm_function_app_slot"]
#   remediation: >-
#     Set site_config { minimum_tls_version = "1.2" } (min_tls_version on
#     azurerm_app_service and azurerm_function_app).
package tfguard.azure.appservice_min_tls

import data.tfguard.lib.azure
import rego.v1

# The v3 app resources call it site_config.minimum_tls_version, the
# older ones site_config.min_tls_version; both default to 1.2, so null or
# a missing site_config passes.
_key := azure.block_key("site_config", ["minimum_tls_version", "min_tls_version"])

_path := ["site_config", 0, _key]

deny contains {"msg": sprintf("%s accepts TLS %v (%s)", [input.address, value, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"1.2", "1.3"}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
