# METADATA
# title: Storage account allows public blob access
# description: >-
#   With nested items allowed to be public, any container can be made
#   anonymously readable.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent
# custom:
#   id: azure-storage-no-public-blob
#   severity: high
#   aliases: [CKV_AZURE_190]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set allow_nested_items_to_be_public = false.
package tfguard.azure.storage_no_public_blob

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows containers to be public", [input.address]), "path": [key]} if {
	some key in ["allow_nested_items_to_be_public", "allow_blob_public_access"]
	input.change.after[key] == true
}

# Provider v3+: the attribute defaults to true when it is not set.
deny contains {"msg": sprintf("%s allows containers to be public (allow_nested_items_to_be_public defaults to true)", [input.address]), "path": ["allow_nested_items_to_be_public"]} if {
	"allow_nested_items_to_be_public" in object.keys(input.change.after)
	input.change.after.allow_nested_items_to_be_public == null
	not lib.unknown(["allow_nested_items_to_be_public"])
}
