# METADATA
# title: Resource is outside the allowed regions
# description: >-
#   Data residency and cost controls often limit where resources may live (an
#   SCP's aws:RequestedRegion).
# related_resources:
# - ref: https://github.com/tfguard/tfguard/blob/main/docs/guardrails.md#allowed-regions
# custom:
#   id: org-allowed-regions
#   severity: high
#   aliases: []
#   resource_types: ["*"]
#   requires_data: [tfguard.config.allowed_regions]
#   remediation: >-
#     Create the resource in an allowed region, or add the region to
#     data.tfguard.config.allowed_regions.
package tfguard.org.allowed_regions

import data.tfguard.lib
import rego.v1

allowed := data.tfguard.config.allowed_regions

# A resource-level region or location wins over the provider's region.
region := input.change.after.region if is_string(input.change.after.region)

region := input.change.after.location if {
	not is_string(object.get(input.change.after, "region", null))
	is_string(input.change.after.location)
}

region := lib.provider_region if {
	not is_string(object.get(input.change.after, "region", null))
	not is_string(object.get(input.change.after, "location", null))
}

# The attribute the region came from; none when it is the provider's.
region_path := ["region"] if is_string(input.change.after.region)

region_path := ["location"] if {
	not is_string(object.get(input.change.after, "region", null))
	is_string(input.change.after.location)
}

outside if {
	count(allowed) > 0
	not lower(region) in {lower(r) | some r in allowed}
}

deny contains {"msg": sprintf("%s is in %s, not an allowed region (%s)", [input.address, region, concat(", ", allowed)]), "path": region_path} if outside

deny contains {"msg": sprintf("%s is in %s, not an allowed region (%s)", [input.address, region, concat(", ", allowed)])} if {
	outside
	not region_path
}
