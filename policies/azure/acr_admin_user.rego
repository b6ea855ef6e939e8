# METADATA
# title: Container registry admin user is enabled
# description: >-
#   The admin user is a single shared credential with push and pull rights to
#   the whole registry.
# related_resources:
# - ref: https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account
# custom:
#   id: azure-acr-admin-user
#   severity: high
#   aliases: [CKV_AZURE_137]
#   resource_types: ["azurerm_container_registry"]
#   remediation: >-
#     Set admin_enabled = false and use Microsoft Entra identities or tokens.
package tfguard.azure.acr_admin_user

import data.tfguard.lib.azure
import rego.v1

# admin_enabled defaults to false, so null passes.
_key := azure.key(["admin_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s has the admin user enabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
