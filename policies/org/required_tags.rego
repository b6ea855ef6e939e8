# METADATA
# title: Resource is missing required tags
# description: >-
#   Cost allocation and ownership depend on every resource carrying the
#   organisation's tags.
# related_resources:
# - ref: https://github.com/tfguard/tfguard/blob/main/docs/guardrails.md#required-tags
# custom:
#   id: org-required-tags
#   severity: medium
#   aliases: []
#   resource_types: ["*"]
#   requires_data: [tfguard.config.required_tags]
#   remediation: >-
#     Add the tags, or set them once in the provider's default_tags.
package tfguard.org.required_tags

import data.tfguard.lib
import rego.v1

required := {t | some t in data.tfguard.config.required_tags}

# Taggable resources: those with a tags (AWS, Azure) or labels (Google) attribute.
tag_key := "tags" if "tags" in object.keys(input.change.after)

tag_key := "labels" if {
	not "tags" in object.keys(input.change.after)
	"labels" in object.keys(input.change.after)
}

# What the resource will carry: tags_all when the provider computed it,
# else its own tags plus the provider's default_tags.
present contains key if {
	all := input.change.after.tags_all
	is_object(all)
	some key, _ in all
}

present contains key if {
	not is_object(object.get(input.change.after, "tags_all", null))
	some key, _ in lib.as_object(object.get(input.change.after, tag_key, {}))
}

present contains key if {
	not is_object(object.get(input.change.after, "tags_all", null))
	some key, _ in lib.as_object(lib.provider_default_tags)
}

deny contains {"msg": sprintf("%s is missing the tags %s", [input.address, concat(", ", sort(missing))]), "path": [tag_key]} if {
	count(required) > 0
	tag_key
	not lib.unknown([tag_key])
	missing := required - present
	count(missing) > 0
}
