# METADATA
# title: Cosmos DB account keys can change account metadata
# description: >-
#   With metadata writes allowed, anyone holding an account key can change
#   databases, containers and throughput, bypassing Azure RBAC on the
#   management plane.
# related_resources:
# - ref: https://learn.microsoft.com/azure/cosmos-db/role-based-access-control#prevent-sdk-changes
# custom:
#   id: azure-cosmosdb-key-metadata-writes
#   severity: medium
#   aliases: [CKV_AZURE_132]
#   resource_types: ["azurerm_cosmosdb_account"]
#   remediation: >-
#     Set access_key_metadata_writes_enabled = false.
package tfguard.azure.cosmosdb_key_metadata_writes

import data.tfguard.lib.azure
import rego.v1

# access_key_metadata_writes_enabled defaults to true.
_key := azure.key(["access_key_metadata_writes_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s lets account keys write metadata", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains {"msg": sprintf("%s lets account keys write metadata (%s defaults to true)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
