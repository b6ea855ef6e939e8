# Helpers for the AWS identity, logging and serverless checks. Not a check
# itself: it has no deny/warn rules, so tfguard never reports from this package.
package tfguard.lib.aws_identity

import data.tfguard.lib
import rego.v1

# config_resource: this resource's block in the configuration (expressions,
# no values); undefined when the plan carries no configuration.
config_resource := resource if {
	some resource in lib.list(lib.config_module.resources)
	object.get(resource, "mode", "managed") == object.get(input, "mode", "managed")
	resource.type == input.type
	resource.name == input.name
}

# unset(path): the configuration is known and sets nothing at path (an
# attribute, or a block and attribute: ["tracing_config", "mode"]).
# Terraform marks such an Optional+Computed attribute unknown at create: the
# provider or AWS fills in its default at apply.
unset(path) if {
	is_object(config_resource)
	not _configured(object.get(config_resource, "expressions", {}), path)
}

_configured(expressions, [attribute]) if object.get(expressions, attribute, null) != null

_configured(expressions, [block, attribute]) if {
	some b in _blocks(object.get(expressions, block, null))
	object.get(b, attribute, null) != null
}

_blocks(x) := x if is_array(x)

_blocks(x) := [x] if is_object(x)

_blocks(x) := [] if {
	not is_array(x)
	not is_object(x)
}

# state(path) of an attribute in change.after:
# "known" (the plan has the value, possibly null), "unset" (unknown, but the
# configuration does not set it: the default applies), or "unknown".
state(path) := "known" if not lib.unknown(path)

state(path) := "unset" if {
	lib.unknown(path)
	unset(path)
}

state(path) := "unknown" if {
	lib.unknown(path)
	not unset(path)
}
