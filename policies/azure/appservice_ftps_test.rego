package tfguard.azure.appservice_ftps_test

import data.tfguard.azure.appservice_ftps as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this allows FTP (site_config.ftps_state = AllAllowed)", "path": ["site_config", 0, "ftps_state"]}} with input as _input({"site_config": [{"ftps_state": "AllAllowed"}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"ftps_state": "Disabled"}]}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"ftps_state": "FtpsOnly"}]}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": [{"ftps_state": null}]}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: ftps_state is not known until apply", "path": ["site_config", 0, "ftps_state"], "unknown": true}} with input as _input({"site_config": []}, {"site_config": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: ftps_state is not known until apply", "path": ["site_config", 0, "ftps_state"], "unknown": true}} with input as _input({"site_config": [{"ftps_state": null}]}, {"site_config": [{"ftps_state": true}]})
}
