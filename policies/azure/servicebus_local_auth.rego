# METADATA
# title: Service Bus namespace accepts shared access keys
# description: >-
#   SAS keys are shared secrets that cannot be scoped to a person or audited
#   per user; Microsoft Entra ID authentication can.
# related_resources:
# - ref: https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication
# custom:
#   id: azure-servicebus-local-auth
#   severity: medium
#   aliases: [CKV_AZURE_203]
#   resource_types: ["azurerm_servicebus_namespace"]
#   remediation: >-
#     Set local_auth_enabled = false and use Microsoft Entra ID.
package tfguard.azure.servicebus_local_auth

import data.tfguard.lib.azure
import rego.v1

# local_auth_enabled defaults to true.
_key := azure.key(["local_auth_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s accepts shared access key authentication", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains {"msg": sprintf("%s accepts shared access key authentication (%s defaults to true)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
