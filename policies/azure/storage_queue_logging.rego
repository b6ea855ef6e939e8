# METADATA
# title: Storage account does not log queue requests
# description: >-
#   Without Storage Analytics logging for the queue service, read, write and
#   delete requests against queues leave no trace for an investigation.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/storage-analytics-logging
# custom:
#   id: azure-storage-queue-logging
#   severity: medium
#   aliases: [CKV_AZURE_33]
#   resource_types: ["azurerm_storage_account", "azurerm_storage_account_queue_properties"]
#   remediation: >-
#     Add queue_properties { logging { read = true, write = true, delete =
#     true, version = "1.0" } } (or an azurerm_storage_account_queue_properties
#     with that logging block).
package tfguard.azure.storage_queue_logging

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# Only general-purpose accounts (Storage, StorageV2; account_kind defaults
# to StorageV2) have a queue service. Logging is off unless configured: a
# queue_properties block the configuration leaves to the provider is the
# default (off), unless a separate azurerm_storage_account_queue_properties
# (azurerm v4) refers to the account; it is checked itself.
_msg := sprintf("%s does not log queue read, write and delete requests", [input.address])

_logging_path := ["queue_properties", 0, "logging"] if input.type == "azurerm_storage_account"

_logging_path := ["logging"] if input.type == "azurerm_storage_account_queue_properties"

deny contains {"msg": _msg, "path": _logging_path} if {
	_applies
	not _logs_all
	not azure.unknown_in(_logging_path)
}

deny contains {"msg": _msg, "path": _logging_path} if {
	_applies
	input.type == "azurerm_storage_account"
	azure.unknown_at(["queue_properties"])
	azure.left_to_provider("queue_properties")
}

deny contains azure.unknown_result(_logging_path, "queue logging") if {
	_applies
	not _logs_all
	azure.unknown_in(_logging_path)
	not _left_to_provider
}

_applies if {
	input.type == "azurerm_storage_account"
	object.get(azure.after, "account_kind", null) in {null, "Storage", "StorageV2"}
	not lib.referenced_by("azurerm_storage_account_queue_properties", "storage_account_id")
}

_applies if input.type == "azurerm_storage_account_queue_properties"

_left_to_provider if {
	input.type == "azurerm_storage_account"
	azure.unknown_at(["queue_properties"])
	azure.left_to_provider("queue_properties")
}

_logs_all if {
	some logging in lib.list(azure.value(_logging_path))
	logging.read == true
	logging.write == true
	logging.delete == true
}
