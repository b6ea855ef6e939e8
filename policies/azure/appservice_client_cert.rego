# METADATA
# title: Web app does not require client certificates
# description: >-
#   Incoming client certificates (mutual TLS) authenticate the callers of the
#   app before any request reaches it.
# related_resources:
# - ref: https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth
# custom:
#   id: azure-appservice-client-cert
#   severity: low
#   aliases: [AVD-AZU-0001, AZU-0001, azure-appservice-require-client-cert, CKV_AZURE_17]
#   resource_types: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"]
#   remediation: >-
#     Set client_certificate_enabled = true (client_cert_enabled on
#     azurerm_app_service).
package tfguard.azure.appservice_client_cert

import data.tfguard.lib.azure
import rego.v1

# azurerm_app_service calls it client_cert_enabled, the v3 web apps
# client_certificate_enabled; both default to false.
_key := azure.key(["client_certificate_enabled", "client_cert_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s does not require client certificates", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not require client certificates (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
