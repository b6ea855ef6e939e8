# METADATA
# title: Storage account has no SAS expiration policy
# description: >-
#   Without a SAS expiration policy, shared access signatures can be issued
#   with any lifetime, and a leaked long-lived SAS stays valid for years.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/sas-expiration-policy
# custom:
#   id: azure-storage-sas-expiration
#   severity: low
#   aliases: [CKV2_AZURE_41]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Add sas_policy { expiration_period = "01.00:00:00" }, or disable Shared
#     Key authorization (shared_access_key_enabled = false).
package tfguard.azure.storage_sas_expiration

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# Account SAS needs the account key: with shared_access_key_enabled = false
# (it defaults to true) no policy is needed.
deny contains {"msg": sprintf("%s has no SAS expiration policy", [input.address]), "path": ["sas_policy"]} if {
	not azure.value(["shared_access_key_enabled"]) == false
	not azure.unknown_at(["shared_access_key_enabled"])
	not _policy
	not azure.unknown_in(["sas_policy"])
}

deny contains azure.unknown_result(["sas_policy"], "sas_policy") if {
	not azure.value(["shared_access_key_enabled"]) == false
	not _policy
	azure.unknown_in(["sas_policy"])
}

deny contains azure.unknown_result(["shared_access_key_enabled"], "shared_access_key_enabled") if {
	azure.unknown_at(["shared_access_key_enabled"])
	not _policy
	not azure.unknown_in(["sas_policy"])
}

_policy if {
	some policy in lib.list(azure.value(["sas_policy"]))
	is_string(policy.expiration_period)
	policy.expiration_period != ""
}
