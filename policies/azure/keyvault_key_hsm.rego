# METADATA
# title: Key Vault key is not backed by an HSM
# description: >-
#   Software-protected keys are processed outside a hardware security module.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/keys/about-keys
# custom:
#   id: azure-keyvault-key-hsm
#   severity: low
#   aliases: [CKV_AZURE_112]
#   resource_types: ["azurerm_key_vault_key"]
#   remediation: >-
#     Set key_type = "RSA-HSM" or "EC-HSM" (Premium vault).
package tfguard.azure.keyvault_key_hsm

import data.tfguard.lib.azure
import rego.v1

# key_type is required; a null value is treated as not HSM-backed.
_key := azure.key(["key_type"])

_path := [_key]

deny contains {"msg": sprintf("%s has key type %v, not backed by an HSM", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"RSA-HSM", "EC-HSM"}
}

deny contains {"msg": sprintf("%s has no key type", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
