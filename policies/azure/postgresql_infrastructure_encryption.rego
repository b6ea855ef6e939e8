# METADATA
# title: PostgreSQL server does not use infrastructure encryption
# description: >-
#   Infrastructure encryption adds a second layer of encryption at rest with
#   a different key (double encryption).
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-infrastructure-double-encryption
# custom:
#   id: azure-postgresql-infrastructure-encryption
#   severity: low
#   aliases: [CKV_AZURE_130]
#   resource_types: ["azurerm_postgresql_server"]
#   remediation: >-
#     Set infrastructure_encryption_enabled = true (fixed at creation).
package tfguard.azure.postgresql_infrastructure_encryption

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
