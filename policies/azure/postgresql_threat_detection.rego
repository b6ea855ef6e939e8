# METADATA
# title: PostgreSQL server has no threat detection policy
# description: >-
#   Threat detection alerts on SQL injection, anomalous access and
#   brute-force attempts against the server.
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-security#threat-protection
# custom:
#   id: azure-postgresql-threat-detection
#   severity: medium
#   aliases: [CKV_AZURE_128]
#   resource_types: ["azurerm_postgresql_server"]
#   remediation: >-
#     Add threat_detection_policy { enabled = true }.
package tfguard.azure.postgresql_threat_detection

import data.tfguard.lib.azure
import rego.v1

# Without a threat_detection_policy block (or with enabled unset) threat
# detection is off.
_key := azure.block_key("threat_detection_policy", ["enabled"])

_path := ["threat_detection_policy", 0, _key]

deny contains {"msg": sprintf("%s has threat detection disabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s has no threat detection policy enabled (threat_detection_policy.%s)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

# Terraform marks it unknown when the configuration leaves it to the
# provider: that is the default.
deny contains {"msg": sprintf("%s has no threat detection policy enabled (threat_detection_policy.%s)", [input.address, _key]), "path": _path} if {
	azure.unknown_at(_path)
	azure.left_to_provider("threat_detection_policy")
}

deny contains azure.unknown_result(_path, _key) if {
	azure.unknown_at(_path)
	not azure.left_to_provider("threat_detection_policy")
}
