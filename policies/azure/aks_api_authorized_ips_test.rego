package tfguard.azure.aks_api_authorized_ips_test

import data.tfguard.azure.aks_api_authorized_ips as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {"msg": "azurerm_kubernetes_cluster.this has no authorized IP ranges for its public API server", "path": ["api_server_access_profile", 0, "authorized_ip_ranges"]}

_fail_legacy := {"msg": "azurerm_kubernetes_cluster.this has no authorized IP ranges for its public API server", "path": ["api_server_authorized_ip_ranges"]}

_config(expressions) := {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": expressions}]}}

# azurerm >= 3.39: api_server_access_profile block.
test_fails_with_empty_profile if {
	check.deny == {_fail} with input as _input({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": []}]}, {})
}

test_fails_without_profile if {
	check.deny == {_fail} with input as _input({"private_cluster_enabled": false, "api_server_access_profile": []}, {})
}

test_fails_with_null_ranges if {
	check.deny == {_fail} with input as _input({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": null}]}, {})
}

test_fails_when_private_cluster_enabled_is_null if {
	check.deny == {_fail} with input as _input({"private_cluster_enabled": null, "api_server_access_profile": []}, {})
}

test_fails_when_everything_is_missing if {
	check.deny == {_fail} with input as _input({"name": "aks"}, {})
}

test_passes_with_profile_ranges if {
	count(check.deny) == 0 with input as _input({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}, {})
}

# azurerm < 3.39 (the corpus' AKS plan): top-level list, no profile block.
test_fails_on_older_provider if {
	check.deny == {_fail_legacy} with input as _input({"private_cluster_enabled": false, "api_server_authorized_ip_ranges": []}, {})
}

test_passes_on_older_provider_with_ranges if {
	count(check.deny) == 0 with input as _input({"private_cluster_enabled": false, "api_server_authorized_ip_ranges": ["203.0.113.0/24"]}, {})
}

# Both attributes in the schema (3.39 <= azurerm < 4): either one counts.
test_passes_with_legacy_ranges_next_to_profile if {
	count(check.deny) == 0 with input as _input({"api_server_authorized_ip_ranges": ["203.0.113.0/24"], "api_server_access_profile": []}, {})
}

test_passes_when_private if {
	count(check.deny) == 0 with input as _input({"private_cluster_enabled": true, "api_server_access_profile": []}, {})
}

test_unknown_ranges if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: authorized_ip_ranges is not known until apply", "path": ["api_server_access_profile", 0, "authorized_ip_ranges"], "unknown": true}} with input as _input({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": null}]}, {"api_server_access_profile": [{"authorized_ip_ranges": true}]})
}

test_unknown_legacy_ranges if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: authorized_ip_ranges is not known until apply", "path": ["api_server_authorized_ip_ranges"], "unknown": true}} with input as _input({"private_cluster_enabled": false, "api_server_authorized_ip_ranges": null}, {"api_server_authorized_ip_ranges": true})
}

test_unknown_private_cluster_enabled if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: private_cluster_enabled is not known until apply", "path": ["private_cluster_enabled"], "unknown": true}} with input as _input({"private_cluster_enabled": null, "api_server_access_profile": []}, {"private_cluster_enabled": true})
}

test_passes_unknown_private_with_ranges if {
	count(check.deny) == 0 with input as _input({"private_cluster_enabled": null, "api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}, {"private_cluster_enabled": true})
}

test_unknown_profile_left_to_provider_is_no_ranges if {
	check.deny == {_fail} with input as _input({"private_cluster_enabled": false}, {"api_server_access_profile": true})
		with data.tfguard.configuration as _config({"name": {"constant_value": "aks"}})
}

test_unknown_profile_written_in_configuration if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: authorized_ip_ranges is not known until apply", "path": ["api_server_access_profile", 0, "authorized_ip_ranges"], "unknown": true}} with input as _input({"private_cluster_enabled": false}, {"api_server_access_profile": true})
		with data.tfguard.configuration as _config({"api_server_access_profile": [{"authorized_ip_ranges": {"references": ["var.ranges"]}}]})
}
