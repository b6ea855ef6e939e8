package tfguard.aws.config_aggregator_all_regions_test

import data.tfguard.aws.config_aggregator_all_regions as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_config_configuration_aggregator.this",
	"mode": "managed",
	"type": "aws_config_configuration_aggregator",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_listed_regions if {
	after := {"account_aggregation_source": [{"account_ids": ["111122223333"], "all_regions": false, "regions": ["eu-west-1"]}], "organization_aggregation_source": []}
	check.deny == {{"msg": "aws_config_configuration_aggregator.this does not aggregate all regions", "path": ["account_aggregation_source", 0, "all_regions"]}} with input as _input(after, {})
}

test_fails_on_null_all_regions_in_organization_source if {
	after := {"account_aggregation_source": [], "organization_aggregation_source": [{"all_regions": null, "regions": ["eu-west-1"], "role_arn": "arn"}]}
	check.deny == {{"msg": "aws_config_configuration_aggregator.this does not aggregate all regions", "path": ["organization_aggregation_source", 0, "all_regions"]}} with input as _input(after, {})
}

test_fails_without_source if {
	check.deny == {{"msg": "aws_config_configuration_aggregator.this does not aggregate all regions", "path": ["account_aggregation_source"]}} with input as _input({"account_aggregation_source": [], "organization_aggregation_source": null}, {})
}

test_passes_on_all_regions if {
	count(check.deny) == 0 with input as _input({"organization_aggregation_source": [{"all_regions": true, "role_arn": "arn"}]}, {})
	count(check.deny) == 0 with input as _input({"account_aggregation_source": [{"all_regions": true, "account_ids": ["1"]}]}, {})
}

test_unknown_source if {
	check.deny == {{"msg": "aws_config_configuration_aggregator.this: organization_aggregation_source.all_regions is not known until apply", "path": ["organization_aggregation_source"], "unknown": true}} with input as _input({"organization_aggregation_source": [{"role_arn": "arn"}]}, {"organization_aggregation_source": [{"all_regions": true}]})
}
