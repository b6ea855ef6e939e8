# METADATA
# title: SQL server accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; Disabled accepts any version.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version
# custom:
#   id: azure-sql-min-tls
#   severity: medium
#   aliases: [AVD-AZU-0026, AZU-0026, azure-database-secure-tls-policy, CKV_AZURE_52]
#   resource_types: ["azurerm_mssql_server"]
#   remediation: >-
#     Set minimum_tls_version = "1.2".
package tfguard.azure.sql_min_tls

import data.tfguard.lib.azure
import rego.v1

# minimum_tls_version defaults to 1.2, so null passes.
_key := azure.key(["minimum_tls_version"])

_path := [_key]

deny contains {"msg": sprintf("%s has minimum TLS version %v", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"1.2", "1.3"}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
