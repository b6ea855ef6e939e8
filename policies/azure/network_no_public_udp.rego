# METADATA
# title: Network security group allows UDP from the internet
# description: >-
#   UDP services (DNS, NTP, SSDP, memcached...) open to the internet are
#   abused for reflection and amplification attacks.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
# custom:
#   id: azure-network-no-public-udp
#   severity: high
#   aliases: [CKV_AZURE_77]
#   resource_types: ["azurerm_network_security_rule", "azurerm_network_security_group"]
#   remediation: >-
#     Restrict source_address_prefix of inbound UDP allow rules to known
#     ranges.
package tfguard.azure.network_no_public_udp

import data.tfguard.lib.azure
import rego.v1

# Only rules whose protocol is Udp: "*" (any) is covered by
# azure-network-no-public-ingress, as Checkov does.
deny contains {"msg": sprintf("%s allows UDP inbound from %s", [input.address, rule.source]), "path": rule.path} if {
	some rule in azure.nsg_internet_ingress
	rule.protocol == "udp"
}

deny contains azure.unknown_result(["source_address_prefix"], "source_address_prefix") if {
	some rule in azure.nsg_rules
	input.type == "azurerm_network_security_rule"
	rule.direction == "inbound"
	rule.access == "allow"
	rule.protocol == "udp"
	azure.unknown_at(["source_address_prefix"])
}
