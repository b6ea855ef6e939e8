# METADATA
# title: PostgreSQL server does not log checkpoints
# description: >-
#   Checkpoint logs show I/O pressure and help reconstruct what the server did around an incident.
# related_resources:
# - ref: https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs
# custom:
#   id: azure-postgresql-log-checkpoints
#   severity: low
#   aliases: [CKV_AZURE_30]
#   resource_types: ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"]
#   remediation: >-
#     Set the server parameter log_checkpoints to on, or leave it at its
#     default (on).
package tfguard.azure.postgresql_log_checkpoints

import data.tfguard.lib.azure
import rego.v1

# Decided per parameter resource, as Checkov does: only a resource that
# sets the parameter to off fails. The Azure default is on, so a server
# without the resource passes.
_names := {"log_checkpoints"}

deny contains {"msg": sprintf("%s sets %s to %s", [input.address, azure.after.name, azure.after.value]), "path": ["value"]} if {
	azure.pg_parameter_off(_names)
}

deny contains azure.unknown_result(["value"], sprintf("the value of %s", [azure.after.name])) if azure.pg_parameter_unknown(_names)
