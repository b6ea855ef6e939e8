# METADATA
# title: Storage account data is not geo-replicated
# description: >-
#   Locally or zone-redundant storage is lost with the region; geo-redundant
#   replication keeps a copy in the paired region.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/storage-redundancy
# custom:
#   id: azure-storage-geo-replication
#   severity: low
#   aliases: [AVD-AZU-0058, AZU-0058, azure-storage-enable-geo-redundant-backups, CKV_AZURE_206]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set account_replication_type = "GRS", "RAGRS", "GZRS" or "RAGZRS".
package tfguard.azure.storage_geo_replication

import data.tfguard.lib.azure
import rego.v1

# account_replication_type is required; null fails.
_key := azure.key(["account_replication_type"])

_path := [_key]

deny contains {"msg": sprintf("%s uses %v replication, not geo-redundant", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"GRS", "RAGRS", "GZRS", "RAGZRS"}
}

deny contains {"msg": sprintf("%s does not set %s", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
