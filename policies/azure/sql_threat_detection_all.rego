# METADATA
# title: SQL security alert policy disables some threat detections
# description: >-
#   Each disabled alert type (SQL injection, data exfiltration, anomalous
#   access...) is an attack Defender for SQL will not report.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/threat-detection-configure
# custom:
#   id: azure-sql-threat-detection-all
#   severity: medium
#   aliases: [AVD-AZU-0028, AZU-0028, azure-database-all-threat-alerts-enabled, CKV_AZURE_25]
#   resource_types: ["azurerm_mssql_server_security_alert_policy"]
#   remediation: >-
#     Remove disabled_alerts (or set it to []).
package tfguard.azure.sql_threat_detection_all

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# disabled_alerts is optional; null or [] disables nothing.
deny contains {"msg": sprintf("%s disables the threat alerts %v", [input.address, alerts]), "path": ["disabled_alerts"]} if {
	not azure.unknown_at(["disabled_alerts"])
	alerts := [a | some a in lib.list(azure.value(["disabled_alerts"])); a != ""]
	count(alerts) > 0
}

deny contains azure.unknown_result(["disabled_alerts"], "disabled_alerts") if azure.unknown_at(["disabled_alerts"])
