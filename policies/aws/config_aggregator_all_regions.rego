# METADATA
# title: AWS Config aggregator does not cover all regions
# description: >-
#   An aggregator limited to some regions misses resources and changes in
#   the others, including regions nobody is expected to use.
# related_resources:
# - ref: https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html
# custom:
#   id: aws-config-aggregator-all-regions
#   severity: medium
#   aliases: [AVD-AWS-0019, AWS-0019, aws-config-aggregate-all-regions, CKV_AWS_121]
#   resource_types: ["aws_config_configuration_aggregator"]
#   remediation: >-
#     Set all_regions = true in account_aggregation_source or
#     organization_aggregation_source.
package tfguard.aws.config_aggregator_all_regions

import data.tfguard.lib
import rego.v1

_kinds := ["account_aggregation_source", "organization_aggregation_source"]

deny contains {"msg": sprintf("%s does not aggregate all regions", [input.address]), "path": path} if {
	not _unknown
	not _all_regions
	path := _path
}

deny contains lib.unknown_result(kind, sprintf("%s.all_regions", [kind])) if {
	some kind in _kinds
	_source_unknown(kind)
	not _all_regions
}

_unknown if {
	some kind in _kinds
	_source_unknown(kind)
}

_source_unknown(kind) if lib.unknown([kind])

_source_unknown(kind) if object.get(input.change.after_unknown, [kind, 0, "all_regions"], false) == true

# null all_regions: the provider default false.
_all_regions if {
	some kind in _kinds
	some source in lib.list(object.get(input.change.after, kind, []))
	source.all_regions == true
}

# A comprehension, not `some`, before `else`: see docs/engine.md (the VM).
_path := [kinds[0], 0, "all_regions"] if {
	kinds := [kind | some kind in _kinds; count(lib.list(object.get(input.change.after, kind, []))) > 0]
	count(kinds) > 0
} else := ["account_aggregation_source"]
