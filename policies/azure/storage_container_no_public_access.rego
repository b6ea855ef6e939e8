# METADATA
# title: Storage container is publicly readable
# description: >-
#   blob or container access lets anyone read the blobs without credentials.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure
# custom:
#   id: azure-storage-container-no-public-access
#   severity: high
#   aliases: [AVD-AZU-0007, AZU-0007, azure-storage-no-public-access, CKV_AZURE_34]
#   resource_types: ["azurerm_storage_container"]
#   remediation: >-
#     Set container_access_type = "private".
package tfguard.azure.storage_container_no_public_access

import rego.v1

deny contains {"msg": sprintf("%s has public access %q", [input.address, kind]), "path": ["container_access_type"]} if {
	kind := input.change.after.container_access_type
	kind in {"blob", "container"}
}
