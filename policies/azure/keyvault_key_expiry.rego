# METADATA
# title: Key Vault key has no expiration date
# description: >-
#   A key without an expiration date is never forced to rotate and stays
#   usable indefinitely if leaked.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/keys/about-keys
# custom:
#   id: azure-keyvault-key-expiry
#   severity: medium
#   aliases: [AVD-AZU-0014, AZU-0014, azure-keyvault-ensure-key-expiry, CKV_AZURE_40]
#   resource_types: ["azurerm_key_vault_key"]
#   remediation: >-
#     Set expiration_date (RFC 3339), and rotate before it.
package tfguard.azure.keyvault_key_expiry

import data.tfguard.lib.azure
import rego.v1

# expiration_date is optional and has no default.
_key := azure.key(["expiration_date"])

_path := [_key]

deny contains {"msg": sprintf("%s has no expiration date", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
