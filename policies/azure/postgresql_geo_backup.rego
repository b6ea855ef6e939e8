# METADATA
# title: PostgreSQL server backups are not geo-redundant
# description: >-
#   Locally redundant backups are lost with the region; geo-redundant backups
#   allow a restore in the paired region.
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-backup
# custom:
#   id: azure-postgresql-geo-backup
#   severity: low
#   aliases: [CKV_AZURE_102]
#   resource_types: ["azurerm_postgresql_server"]
#   remediation: >-
#     Set geo_redundant_backup_enabled = true (fixed at creation).
package tfguard.azure.postgresql_geo_backup

import data.tfguard.lib.azure
import rego.v1

# geo_redundant_backup_enabled defaults to false.
_key := azure.key(["geo_redundant_backup_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s does not have geo-redundant backups", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not have geo-redundant backups (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
