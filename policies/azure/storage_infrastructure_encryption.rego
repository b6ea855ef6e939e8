# METADATA
# title: Storage account does not use infrastructure encryption
# description: >-
#   Infrastructure encryption adds a second layer of encryption at rest with
#   a different key and algorithm (double encryption).
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable
# custom:
#   id: azure-storage-infrastructure-encryption
#   severity: low
#   aliases: [AVD-AZU-0061, AZU-0061, azure-storage-infrastructure-encryption-enabled]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set infrastructure_encryption_enabled = true (forces a new account).
package tfguard.azure.storage_infrastructure_encryption

import data.tfguard.lib.azure
import rego.v1

# infrastructure_encryption_enabled defaults to false.
_key := azure.key(["infrastructure_encryption_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s does not enable infrastructure encryption", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not enable infrastructure encryption (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
