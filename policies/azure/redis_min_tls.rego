# METADATA
# title: Redis cache accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are retired by Azure.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11
# custom:
#   id: azure-redis-min-tls
#   severity: medium
#   aliases: [CKV_AZURE_148]
#   resource_types: ["azurerm_redis_cache"]
#   remediation: >-
#     Set minimum_tls_version = "1.2".
package tfguard.azure.redis_min_tls

import data.tfguard.lib.azure
import rego.v1

# minimum_tls_version defaulted to 1.0 before azurerm v4 (1.2 since); the
# provider writes its default into the plan, so null is only seen in
# hand-made plans and fails, as with Checkov.
_key := azure.key(["minimum_tls_version"])

_path := [_key]

deny contains {"msg": sprintf("%s accepts TLS %v", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"1.2"}
}

deny contains {"msg": sprintf("%s does not set %s (it defaulted to 1.0 before azurerm v4)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
