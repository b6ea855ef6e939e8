# METADATA
# title: Network security group allows SSH (port 22) from the internet
# description: >-
#   An inbound allow rule from any source exposes SSH (port 22) to the
#   internet.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
# custom:
#   id: azure-network-no-public-ssh
#   severity: critical
#   aliases: [AVD-AZU-0050, AZU-0050, azure-network-ssh-blocked-from-internet, CKV_AZURE_10]
#   resource_types: ["azurerm_network_security_rule", "azurerm_network_security_group"]
#   remediation: >-
#     Restrict source_address_prefix to known ranges, or use Azure Bastion.
package tfguard.azure.network_no_public_ssh

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows SSH (port 22) inbound from %s", [input.address, source]), "path": rule.path} if {
	some rule in lib.azure_nsg_rules
	# null until apply (or unset) is no verdict, not an evaluation error
	is_string(rule.direction)
	is_string(rule.access)
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	some source in rule.sources
	lib.azure_public_source(source)
	lib.azure_port_in_rule(22, rule)
}
