# METADATA
# title: Service Bus namespace accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses.
# related_resources:
# - ref: https://learn.microsoft.com/azure/service-bus-messaging/transport-layer-security-configure-minimum-version
# custom:
#   id: azure-servicebus-min-tls
#   severity: medium
#   aliases: [CKV_AZURE_205]
#   resource_types: ["azurerm_servicebus_namespace"]
#   remediation: >-
#     Set minimum_tls_version = "1.2".
package tfguard.azure.servicebus_min_tls

import data.tfguard.lib.azure
import rego.v1

# minimum_tls_version defaults to 1.2, so null passes.
_key := azure.key(["minimum_tls_version"])

_path := [_key]

deny contains {"msg": sprintf("%s accepts TLS %v", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"1.2", "1.3"}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
