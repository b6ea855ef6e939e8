# METADATA
# title: SQL threat alerts are not emailed to admins
# description: >-
#   Subscription admins should hear about SQL threat detections as well as
#   the listed addresses.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/threat-detection-configure
# custom:
#   id: azure-sql-alert-admins
#   severity: low
#   aliases: [AVD-AZU-0023, AZU-0023, azure-database-threat-alert-email-to-owner, CKV_AZURE_27]
#   resource_types: ["azurerm_mssql_server_security_alert_policy"]
#   remediation: >-
#     Set email_account_admins = true.
package tfguard.azure.sql_alert_admins

import data.tfguard.lib.azure
import rego.v1

# email_account_admins defaults to false.
_key := azure.key(["email_account_admins"])

_path := [_key]

deny contains {"msg": sprintf("%s does not email alerts to admins", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not email alerts to admins (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
