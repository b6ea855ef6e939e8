# METADATA
# title: Resource type is not allowed
# description: >-
#   Some services are off-limits for an organisation (as a service control
#   policy would deny them).
# related_resources:
# - ref: https://github.com/tfguard/tfguard/blob/main/docs/guardrails.md#denied-resource-types
# custom:
#   id: org-denied-resource-types
#   severity: high
#   aliases: []
#   resource_types: ["*"]
#   requires_data: [tfguard.config.denied_resource_types]
#   remediation: >-
#     Use an approved service, or change
#     data.tfguard.config.denied_resource_types.
package tfguard.org.denied_resource_types

import rego.v1

deny contains {"msg": sprintf("%s: resource type %s is not allowed (%s)", [input.address, input.type, pattern])} if {
	some pattern in data.tfguard.config.denied_resource_types
	glob.match(pattern, [], input.type)
}
