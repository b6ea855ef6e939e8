# METADATA
# title: Key vault is reachable from all public networks
# description: >-
#   With public network access on and no network ACL rules, the vault
#   endpoint accepts connections from the whole internet, guarded only by
#   authentication.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/general/network-security
# custom:
#   id: azure-keyvault-public-network
#   severity: medium
#   aliases: [CKV_AZURE_189]
#   resource_types: ["azurerm_key_vault"]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints,
#     or restrict network_acls to ip_rules and virtual_network_subnet_ids.
package tfguard.azure.keyvault_public_network

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# As Checkov decides it: passes when public_network_access_enabled is false
# (it defaults to true), or when network_acls lists IP rules or subnets.
deny contains {"msg": sprintf("%s allows public network access without IP or subnet rules", [input.address]), "path": ["public_network_access_enabled"]} if {
	not azure.value(["public_network_access_enabled"]) == false
	not azure.unknown_at(["public_network_access_enabled"])
	not _restricted
	not _acl_unknown
}

deny contains azure.unknown_result(["public_network_access_enabled"], "public_network_access_enabled") if {
	azure.unknown_at(["public_network_access_enabled"])
	not _restricted
}

deny contains azure.unknown_result(["network_acls"], "network_acls") if {
	not azure.value(["public_network_access_enabled"]) == false
	not azure.unknown_at(["public_network_access_enabled"])
	not _restricted
	_acl_unknown
}

_restricted if {
	some acl in lib.list(azure.value(["network_acls"]))
	some key in ["ip_rules", "virtual_network_subnet_ids"]
	count(lib.list(object.get(acl, key, []))) > 0
}

_acl_unknown if {
	azure.unknown_in(["network_acls"])
	not azure.left_to_provider("network_acls")
}
