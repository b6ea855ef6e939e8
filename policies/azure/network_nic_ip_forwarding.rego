# METADATA
# title: Network interface has IP forwarding enabled
# description: >-
#   IP forwarding lets the machine route traffic that is not addressed to it,
#   bypassing network security group intent unless it is a deliberate network
#   appliance.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface#enable-or-disable-ip-forwarding
# custom:
#   id: azure-network-nic-ip-forwarding
#   severity: medium
#   aliases: [AVD-AZU-0075, AZU-0075, azure-network-network-ip-forwarding-enabled, CKV_AZURE_118]
#   resource_types: ["azurerm_network_interface"]
#   remediation: >-
#     Set ip_forwarding_enabled = false (enable_ip_forwarding before azurerm
#     v4), except on network virtual appliances.
package tfguard.azure.network_nic_ip_forwarding

import data.tfguard.lib.azure
import rego.v1

# azurerm v4 renamed enable_ip_forwarding to ip_forwarding_enabled; both
# default to false.
_key := azure.key(["ip_forwarding_enabled", "enable_ip_forwarding"])

_path := [_key]

deny contains {"msg": sprintf("%s has IP forwarding enabled (%s)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
