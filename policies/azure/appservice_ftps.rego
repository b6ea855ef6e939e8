# METADATA
# title: App Service allows plain FTP
# description: >-
#   Plain FTP sends deployment credentials and content unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps
# custom:
#   id: azure-appservice-ftps
#   severity: medium
#   aliases: [AVD-AZU-0071, AZU-0071, azure-appservice-enforce-ftps, CKV_AZURE_78]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"]
#   remediation: >-
#     Set site_config { ftps_state = "Disabled" } (or "FtpsOnly").
package tfguard.azure.appservice_ftps

import data.tfguard.lib.azure
import rego.v1

# The provider writes ftps_state into the plan (Disabled on the v3 app
# resources); null is only seen in hand-made plans and passes.
_key := azure.block_key("site_config", ["ftps_state"])

_path := ["site_config", 0, _key]

deny contains {"msg": sprintf("%s allows FTP (site_config.%s = %v)", [input.address, _key, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"Disabled", "FtpsOnly"}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
