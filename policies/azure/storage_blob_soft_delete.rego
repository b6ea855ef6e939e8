# METADATA
# title: Storage account blob soft delete is off
# description: >-
#   Without blob soft delete, a deleted or overwritten blob is gone at once
#   and cannot be recovered after a mistake or an attack.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview
# custom:
#   id: azure-storage-blob-soft-delete
#   severity: medium
#   aliases: [CKV2_AZURE_38]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Add blob_properties { delete_retention_policy { days = 7 } }.
package tfguard.azure.storage_blob_soft_delete

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# Soft delete is on when blob_properties has a delete_retention_policy
# block (days defaults to 7; 0 is not accepted by Azure). FileStorage
# accounts have no blobs. A blob_properties block the configuration leaves
# to the provider is computed from the account: none was written, so off.
_path := ["blob_properties", 0, "delete_retention_policy"]

_msg := sprintf("%s does not enable blob soft delete", [input.address])

deny contains {"msg": _msg, "path": _path} if {
	_applies
	not _soft_delete
	not azure.unknown_in(_path)
}

deny contains {"msg": _msg, "path": _path} if {
	_applies
	azure.unknown_at(["blob_properties"])
	azure.left_to_provider("blob_properties")
}

deny contains azure.unknown_result(_path, "blob_properties.delete_retention_policy") if {
	_applies
	not _soft_delete
	azure.unknown_in(_path)
	not azure.left_to_provider("blob_properties")
}

_applies if {
	not azure.value(["account_kind"]) == "FileStorage"
}

_soft_delete if {
	some policy in lib.list(azure.value(_path))
	not object.get(policy, "days", 7) == 0
}
