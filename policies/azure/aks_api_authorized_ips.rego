# METADATA
# title: AKS API server accepts connections from anywhere
# description: >-
#   A public API server without authorized IP ranges is reachable from every
#   address.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
# custom:
#   id: azure-aks-api-authorized-ips
#   severity: critical
#   aliases: [AVD-AZU-0041, AZU-0041, azure-container-limit-authorized-ips, CKV_AZURE_6]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set api_server_access_profile { authorized_ip_ranges = [...] }
#     (api_server_authorized_ip_ranges before azurerm 3.39), or make the
#     cluster private.
package tfguard.azure.aks_api_authorized_ips

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# As Checkov (CKV_AZURE_6) and Trivy (AVD-AZU-0041) decide it: a private
# cluster passes (its API server has no public endpoint and cannot take
# authorized ranges); otherwise at least one range must be set, in
# api_server_access_profile.authorized_ip_ranges (azurerm >= 3.39) or in
# the older top-level api_server_authorized_ip_ranges (removed in v4).

_profile_path := ["api_server_access_profile", 0, "authorized_ip_ranges"]

_legacy_path := ["api_server_authorized_ip_ranges"]

# Point at the attribute the plan's schema has.
_path := _legacy_path if {
	"api_server_authorized_ip_ranges" in object.keys(azure.after)
	not "api_server_access_profile" in object.keys(azure.after)
} else := _profile_path

deny contains {"msg": sprintf("%s has no authorized IP ranges for its public API server", [input.address]), "path": _path} if {
	not _private
	not azure.unknown_at(["private_cluster_enabled"])
	not _limited
	not _ranges_unknown
}

deny contains azure.unknown_result(_path, "authorized_ip_ranges") if {
	not _private
	not _limited
	_ranges_unknown
}

deny contains azure.unknown_result(["private_cluster_enabled"], "private_cluster_enabled") if {
	azure.unknown_at(["private_cluster_enabled"])
	not _limited
	not _ranges_unknown
}

_private if azure.value(["private_cluster_enabled"]) == true

_limited if count(lib.list(azure.value(_profile_path))) > 0

_limited if count(lib.list(azure.value(_legacy_path))) > 0

# An unwritten (provider-computed) block or attribute is no ranges.
_ranges_unknown if {
	azure.unknown_at(_profile_path)
	not azure.left_to_provider("api_server_access_profile")
}

_ranges_unknown if {
	azure.unknown_at(_legacy_path)
	not azure.left_to_provider("api_server_authorized_ip_ranges")
}
