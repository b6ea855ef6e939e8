# METADATA
# title: Key vault accepts connections from all networks
# description: >-
#   Without a network ACL that denies by default, the vault endpoint accepts
#   connections from any network, guarded only by authentication.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/general/network-security
# custom:
#   id: azure-keyvault-network-acl
#   severity: medium
#   aliases: [AVD-AZU-0013, AZU-0013, azure-keyvault-specify-network-acl, CKV_AZURE_109]
#   resource_types: ["azurerm_key_vault"]
#   remediation: >-
#     Add network_acls { default_action = "Deny", bypass = "AzureServices" }
#     and allow only the needed IP ranges and subnets.
package tfguard.azure.keyvault_network_acl

import data.tfguard.lib.azure
import rego.v1

# Without a network_acls block the vault accepts every network.
_key := azure.block_key("network_acls", ["default_action"])

_path := ["network_acls", 0, _key]

deny contains {"msg": sprintf("%s has a network ACL with default action %v, not Deny", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"Deny"}
}

deny contains {"msg": sprintf("%s has no network ACL denying access by default", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

# Terraform marks it unknown when the configuration leaves it to the
# provider: that is the default.
deny contains {"msg": sprintf("%s has no network ACL denying access by default", [input.address]), "path": _path} if {
	azure.unknown_at(_path)
	azure.left_to_provider("network_acls")
}

deny contains azure.unknown_result(_path, _key) if {
	azure.unknown_at(_path)
	not azure.left_to_provider("network_acls")
}
