package tfguard.azure.appservice_identity_test

import data.tfguard.azure.appservice_identity as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_app(after, unknown) := _input("azurerm_linux_web_app", after, unknown)

_config(expressions) := {"root_module": {"resources": [{"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "expressions": expressions}]}}

_fail := {"msg": "azurerm_linux_web_app.this has no managed identity", "path": ["identity"]}

test_fails_without_identity if {
	check.deny == {_fail} with input as _app({"identity": []}, {})
}

test_fails_null if {
	check.deny == {_fail} with input as _app({"identity": null}, {})
}

test_fails_missing if {
	check.deny == {_fail} with input as _app({"name": "app"}, {})
}

test_fails_empty_type if {
	check.deny == {_fail} with input as _app({"identity": [{"type": ""}]}, {})
}

test_passes_system_assigned if {
	count(check.deny) == 0 with input as _app({"identity": [{"type": "SystemAssigned", "identity_ids": []}]}, {"identity": [{"principal_id": true}]})
}

test_passes_legacy_app_service if {
	count(check.deny) == 0 with input as _input("azurerm_app_service", {"identity": [{"type": "UserAssigned", "identity_ids": ["/id"]}]}, {})
}

test_passes_type_unknown if {
	count(check.deny) == 0 with input as _app({"identity": [{"type": null}]}, {"identity": [{"type": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: identity is not known until apply", "path": ["identity"], "unknown": true}} with input as _app({"identity": null}, {"identity": true})
		with data.tfguard.configuration as _config({"identity": [{"type": {"references": ["var.t"]}}]})
}

test_fails_block_left_to_provider if {
	check.deny == {_fail} with input as _app({"identity": null}, {"identity": true})
		with data.tfguard.configuration as _config({"name": {"constant_value": "app"}})
}
