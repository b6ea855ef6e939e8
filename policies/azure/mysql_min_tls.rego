# METADATA
# title: MySQL server accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; TLSEnforcementDisabled accepts any
#   version.
# related_resources:
# - ref: https://learn.microsoft.com/azure/mysql/single-server/how-to-tls-configurations
# custom:
#   id: azure-mysql-min-tls
#   severity: medium
#   aliases: [AVD-AZU-0026, AZU-0026, azure-database-secure-tls-policy, CKV_AZURE_54]
#   resource_types: ["azurerm_mysql_server"]
#   remediation: >-
#     Set ssl_minimal_tls_version_enforced = "TLS1_2".
package tfguard.azure.mysql_min_tls

import data.tfguard.lib.azure
import rego.v1

# ssl_minimal_tls_version_enforced defaults to TLS1_2, so null passes.
_key := azure.key(["ssl_minimal_tls_version_enforced"])

_path := [_key]

deny contains {"msg": sprintf("%s has minimum TLS version %v", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"TLS1_2", "TLS1_3"}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
