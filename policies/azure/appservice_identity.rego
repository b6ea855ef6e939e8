# METADATA
# title: App Service app has no managed identity
# description: >-
#   Without a managed identity the app reaches Key Vault, storage and
#   databases with secrets kept in its configuration instead of Microsoft
#   Entra tokens.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/overview-managed-identity
# custom:
#   id: azure-appservice-identity
#   severity: low
#   aliases: [AVD-AZU-0002, AZU-0002, azure-appservice-account-identity-registered, CKV_AZURE_16]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"]
#   remediation: >-
#     Add identity { type = "SystemAssigned" } (or UserAssigned with
#     identity_ids).
package tfguard.azure.appservice_identity

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# identity is an optional block: none, or one without a type, is no
# identity.
deny contains {"msg": sprintf("%s has no managed identity", [input.address]), "path": ["identity"]} if {
	not azure.unknown_at(["identity"])
	not _identity
}

deny contains azure.unknown_result(["identity"], "identity") if {
	azure.unknown_at(["identity"])
	not azure.left_to_provider("identity")
}

deny contains {"msg": sprintf("%s has no managed identity", [input.address]), "path": ["identity"]} if {
	azure.unknown_at(["identity"])
	azure.left_to_provider("identity")
}

_identity if {
	some block in lib.list(azure.value(["identity"]))
	is_string(block.type)
	block.type != ""
}

# A type only known at apply is still an identity block the user wrote.
_identity if {
	some i, _ in lib.list(azure.value(["identity"]))
	azure.unknown_at(["identity", i, "type"])
}
