# METADATA
# title: Key Vault secret has no content type
# description: >-
#   A content type tells consumers how to interpret the secret (a password, a
#   certificate, a connection string) and helps rotation tooling.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/secrets/about-secrets
# custom:
#   id: azure-keyvault-secret-content-type
#   severity: low
#   aliases: [AVD-AZU-0015, AZU-0015, azure-keyvault-content-type-for-secret, CKV_AZURE_114]
#   resource_types: ["azurerm_key_vault_secret"]
#   remediation: >-
#     Set content_type (for example "password").
package tfguard.azure.keyvault_secret_content_type

import data.tfguard.lib.azure
import rego.v1

# content_type is optional and has no default.
_key := azure.key(["content_type"])

_path := [_key]

deny contains {"msg": sprintf("%s has no content type", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
