# METADATA
# title: Network security group allows RDP (port 3389) from the internet
# description: >-
#   An inbound allow rule from any source exposes RDP (port 3389) to the
#   internet.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
# custom:
#   id: azure-network-no-public-rdp
#   severity: critical
#   aliases: [AVD-AZU-0048, AZU-0048, azure-network-disable-rdp-from-internet, CKV_AZURE_9]
#   resource_types: ["azurerm_network_security_rule", "azurerm_network_security_group"]
#   remediation: >-
#     Restrict source_address_prefix to known ranges, or use Azure Bastion.
package tfguard.azure.network_no_public_rdp

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows RDP (port 3389) inbound from %s", [input.address, source]), "path": rule.path} if {
	some rule in lib.azure_nsg_rules
	# null until apply (or unset) is no verdict, not an evaluation error
	is_string(rule.direction)
	is_string(rule.access)
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	some source in rule.sources
	lib.azure_public_source(source)
	lib.azure_port_in_rule(3389, rule)
}
