# METADATA
# title: Key Vault secret has no expiration date
# description: >-
#   A secret without an expiration date is never forced to rotate and stays
#   usable indefinitely if leaked.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/secrets/about-secrets
# custom:
#   id: azure-keyvault-secret-expiry
#   severity: medium
#   aliases: [AVD-AZU-0017, AZU-0017, azure-keyvault-ensure-secret-expiry, CKV_AZURE_41]
#   resource_types: ["azurerm_key_vault_secret"]
#   remediation: >-
#     Set expiration_date (RFC 3339), and rotate before it.
package tfguard.azure.keyvault_secret_expiry

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
