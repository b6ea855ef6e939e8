# METADATA
# title: Network security group allows HTTP (port 80) from the internet
# description: >-
#   Plain HTTP from the internet exposes unencrypted traffic; serve HTTPS
#   through a gateway or front door instead.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
# custom:
#   id: azure-network-no-public-http
#   severity: medium
#   aliases: [CKV_AZURE_160]
#   resource_types: ["azurerm_network_security_rule", "azurerm_network_security_group"]
#   remediation: >-
#     Restrict source_address_prefix of the rule, or serve HTTPS only.
package tfguard.azure.network_no_public_http

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# TCP or any protocol, as Checkov decides it.
deny contains {"msg": sprintf("%s allows HTTP (port 80) inbound from %s", [input.address, rule.source]), "path": rule.path} if {
	some rule in azure.nsg_internet_ingress
	rule.protocol in {"tcp", "*"}
	lib.azure_port_in_rule(80, rule)
}

deny contains azure.unknown_result(["source_address_prefix"], "source_address_prefix") if {
	some rule in azure.nsg_rules
	input.type == "azurerm_network_security_rule"
	rule.direction == "inbound"
	rule.access == "allow"
	rule.protocol in {"tcp", "*"}
	lib.azure_port_in_rule(80, rule)
	azure.unknown_at(["source_address_prefix"])
}
