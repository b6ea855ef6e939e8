# METADATA
# title: Storage account accepts plain HTTP
# description: >-
#   Plain HTTP carries data and shared keys unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer
# custom:
#   id: azure-storage-https-only
#   severity: high
#   aliases: [AVD-AZU-0008, AZU-0008, azure-storage-enforce-https, CKV_AZURE_3]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set https_traffic_only_enabled = true (enable_https_traffic_only on
#     provider v3).
package tfguard.azure.storage_https_only

import rego.v1

deny contains {"msg": sprintf("%s accepts plain HTTP", [input.address]), "path": [key]} if {
	some key in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	input.change.after[key] == false
}
