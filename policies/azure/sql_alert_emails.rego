# METADATA
# title: SQL security alert policy emails nobody
# description: >-
#   Without email addresses, Defender for SQL threat alerts reach nobody
#   outside the portal.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/threat-detection-configure
# custom:
#   id: azure-sql-alert-emails
#   severity: low
#   aliases: [AVD-AZU-0018, AZU-0018, azure-database-threat-alert-email-set, CKV_AZURE_26]
#   resource_types: ["azurerm_mssql_server_security_alert_policy"]
#   remediation: >-
#     Set email_addresses to the security team's addresses.
package tfguard.azure.sql_alert_emails

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# email_addresses is optional; null or [] (or only empty strings) emails
# nobody.
deny contains {"msg": sprintf("%s has no email addresses for threat alerts", [input.address]), "path": ["email_addresses"]} if {
	not azure.unknown_in(["email_addresses"])
	count([a | some a in lib.list(azure.value(["email_addresses"])); is_string(a); a != ""]) == 0
}

deny contains azure.unknown_result(["email_addresses"], "email_addresses") if azure.unknown_in(["email_addresses"])
