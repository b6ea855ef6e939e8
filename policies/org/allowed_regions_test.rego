package tfguard.org.allowed_regions_test

import data.tfguard.org.allowed_regions as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config := {"allowed_regions": ["eu-west-1", "westeurope"]}

_provider(region) := {"aws": {"name": "aws", "expressions": {"region": {"constant_value": region}}}}

test_fails_on_a_resource_region if {
	check.deny == {{"msg": "aws_s3_bucket.this is in us-east-1, not an allowed region (eu-west-1, westeurope)", "path": ["region"]}} with input as _input("aws_s3_bucket", {"region": "us-east-1"}, {}) with data.tfguard.config as _config
}

test_fails_on_an_azure_location if {
	check.deny == {{"msg": "azurerm_resource_group.this is in eastus, not an allowed region (eu-west-1, westeurope)", "path": ["location"]}} with input as _input("azurerm_resource_group", {"location": "eastus"}, {}) with data.tfguard.config as _config
}

test_fails_on_the_provider_region if {
	check.deny == {{"msg": "aws_s3_bucket.this is in us-east-1, not an allowed region (eu-west-1, westeurope)"}} with input as _input("aws_s3_bucket", {}, {}) with data.tfguard.config as _config with data.tfguard.providers as _provider("us-east-1")
}

test_passes_in_an_allowed_region_ignoring_case if {
	count(check.deny) == 0 with input as _input("azurerm_resource_group", {"location": "WestEurope"}, {}) with data.tfguard.config as _config
}

test_resource_region_wins_over_the_provider if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"region": "eu-west-1"}, {}) with data.tfguard.config as _config with data.tfguard.providers as _provider("us-east-1")
}

test_off_without_configuration if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"region": "us-east-1"}, {})
}

test_off_with_an_empty_list if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"region": "us-east-1"}, {}) with data.tfguard.config as {"allowed_regions": []}
}

# null region or location: the provider's region applies.
test_null_region_falls_back_to_the_provider if {
	check.deny == {{"msg": "aws_s3_bucket.this is in us-east-1, not an allowed region (eu-west-1, westeurope)"}} with input as _input("aws_s3_bucket", {"region": null, "location": null}, {}) with data.tfguard.config as _config with data.tfguard.providers as _provider("us-east-1")
}

test_passes_when_no_region_is_known_anywhere if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {}) with data.tfguard.config as _config
}

test_unknown_location_is_not_judged if {
	count(check.deny) == 0 with input as _input("azurerm_resource_group", {}, {"location": true}) with data.tfguard.config as _config
}
