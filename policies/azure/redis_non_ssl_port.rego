# METADATA
# title: Redis cache has the non-TLS port open
# description: >-
#   Port 6379 carries Redis traffic, including the access key, unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports
# custom:
#   id: azure-redis-non-ssl-port
#   severity: high
#   aliases: [CKV_AZURE_91]
#   resource_types: ["azurerm_redis_cache"]
#   remediation: >-
#     Set non_ssl_port_enabled = false (enable_non_ssl_port before azurerm
#     v4).
package tfguard.azure.redis_non_ssl_port

import data.tfguard.lib.azure
import rego.v1

# azurerm v4 renamed enable_non_ssl_port to non_ssl_port_enabled; both default to false.
_key := azure.key(["non_ssl_port_enabled", "enable_non_ssl_port"])

_path := [_key]

deny contains {"msg": sprintf("%s has the non-TLS port enabled (%s)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
