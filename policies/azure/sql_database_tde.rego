# METADATA
# title: SQL database has transparent data encryption disabled
# description: >-
#   Without TDE the database files, backups and logs are stored unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview
# custom:
#   id: azure-sql-database-tde
#   severity: high
#   aliases: [CKV2_AZURE_25]
#   resource_types: ["azurerm_mssql_database"]
#   remediation: >-
#     Remove transparent_data_encryption_enabled = false (it defaults to
#     true).
package tfguard.azure.sql_database_tde

import data.tfguard.lib.azure
import rego.v1

# transparent_data_encryption_enabled defaults to true, so null passes.
_key := azure.key(["transparent_data_encryption_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s has transparent data encryption disabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
