# METADATA
# title: App Service authentication is off
# description: >-
#   With App Service authentication (Easy Auth) off, every request reaches
#   the app anonymously unless the code authenticates it itself.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/overview-authentication-authorization
# custom:
#   id: azure-appservice-auth
#   severity: medium
#   aliases: [AVD-AZU-0003, AZU-0003, azure-appservice-authentication-enabled, CKV_AZURE_13, CKV_AZURE_56]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"]
#   remediation: >-
#     Add auth_settings_v2 { auth_enabled = true ... } (auth_settings {
#     enabled = true } on the older resources).
package tfguard.azure.appservice_auth

import data.tfguard.lib.azure
import rego.v1

# Enabled by auth_settings[0].enabled or auth_settings_v2[0].auth_enabled
# (both default to false; a missing block is off).
deny contains {"msg": sprintf("%s does not enable App Service authentication", [input.address]), "path": _path} if {
	not _enabled
	not _unknown
}

deny contains azure.unknown_result(_path, "authentication settings") if {
	not _enabled
	_unknown
}

_path := ["auth_settings_v2", 0, "auth_enabled"] if {
	"auth_settings_v2" in object.keys(azure.after)
} else := ["auth_settings", 0, "enabled"]

_enabled if azure.value(["auth_settings", 0, "enabled"]) == true

_enabled if azure.value(["auth_settings_v2", 0, "auth_enabled"]) == true

_unknown if _unknown_at(["auth_settings", 0, "enabled"], "auth_settings")

_unknown if _unknown_at(["auth_settings_v2", 0, "auth_enabled"], "auth_settings_v2")

# Blocks the configuration leaves to the provider are computed: off.
_unknown_at(path, block) if {
	azure.unknown_at(path)
	not azure.left_to_provider(block)
}
