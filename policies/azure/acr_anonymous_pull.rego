# METADATA
# title: Container registry allows anonymous pull
# description: >-
#   Anonymous pull lets anyone on the internet download every image in the
#   registry without credentials.
# related_resources:
# - ref: https://learn.microsoft.com/azure/container-registry/anonymous-pull-access
# custom:
#   id: azure-acr-anonymous-pull
#   severity: medium
#   aliases: [CKV_AZURE_138]
#   resource_types: ["azurerm_container_registry"]
#   remediation: >-
#     Set anonymous_pull_enabled = false.
package tfguard.azure.acr_anonymous_pull

import data.tfguard.lib.azure
import rego.v1

# anonymous_pull_enabled defaults to false (and only Standard and Premium
# registries accept true), so null passes.
_key := azure.key(["anonymous_pull_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s allows anonymous pull", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
