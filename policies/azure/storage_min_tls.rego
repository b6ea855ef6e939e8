# METADATA
# title: Storage account allows TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version
# custom:
#   id: azure-storage-min-tls
#   severity: medium
#   aliases: [AVD-AZU-0011, AZU-0011, azure-storage-use-secure-tls-policy, CKV_AZURE_44]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set min_tls_version = "TLS1_2".
package tfguard.azure.storage_min_tls

import rego.v1

deny contains {"msg": sprintf("%s allows %s", [input.address, version]), "path": ["min_tls_version"]} if {
	version := input.change.after.min_tls_version
	version in {"TLS1_0", "TLS1_1"}
}
