# METADATA
# title: Protected resource would be deleted or replaced
# description: >-
#   Some resources (databases, state buckets, KMS keys) must never be
#   destroyed by an apply.
# related_resources:
# - ref: https://github.com/tfguard/tfguard/blob/main/docs/guardrails.md#protected-resources
# custom:
#   id: org-protected-resources
#   severity: critical
#   aliases: []
#   resource_types: ["*"]
#   include_removals: true
#   requires_data: [tfguard.config.protected]
#   remediation: >-
#     Change the plan so the resource is updated in place, or remove it from
#     data.tfguard.config.protected after review.
package tfguard.org.protected_resources

import rego.v1

protected(rule) if glob.match(rule.type, [], input.type)

protected(rule) if glob.match(rule.address, [], input.address)

protected(rule) if {
	some key, value in rule.tags
	# before is null for a resource the plan creates; tags may be null.
	is_object(input.change.before)
	tags := object.get(input.change.before, "tags", {})
	is_object(tags)
	tags[key] == value
}

verb := "replaced" if "create" in input.change.actions

verb := "deleted" if not "create" in input.change.actions

deny contains {"msg": sprintf("%s is protected and would be %s", [input.address, verb])} if {
	"delete" in input.change.actions
	some rule in data.tfguard.config.protected
	protected(rule)
}
