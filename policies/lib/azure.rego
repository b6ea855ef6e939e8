# Helpers shared by the built-in Azure checks. Not a check itself: it has no
# deny/warn rules.
package tfguard.lib.azure

import data.tfguard.lib
import rego.v1

# after: the planned values, {} when the change has none.
after := input.change.after if is_object(input.change.after)

after := {} if not is_object(input.change.after)

_after_unknown := input.change.after_unknown if is_object(input.change.after_unknown)

_after_unknown := {} if not is_object(input.change.after_unknown)

# key(names): azurerm renames attributes across major versions
# (enable_https_traffic_only -> https_traffic_only_enabled). The first of the
# names that the plan has, else the first (newest) name.
key(names) := array.concat([n | some n in names; n in object.keys(after)], names)[0]

# block_key(block, names): the same inside the first element of a nested
# block (site_config[0]).
block_key(block, names) := array.concat([n | some n in names; n in object.keys(_first(block))], names)[0]

# A comprehension, not `some`, before `else`: see docs/engine.md (the VM).
_first(block) := objects[0] if {
	objects := [b | some b in _list(object.get(after, block, [])); is_object(b)]
	count(objects) > 0
} else := {}

# value(path): the planned value at path, null when missing (a missing block
# element as well).
value(path) := object.get(after, path, null)

# unknown_at(path): the value at path, or a block holding it, is only known
# at apply.
unknown_at(path) if {
	some n in numbers.range(1, count(path))
	object.get(_after_unknown, array.slice(path, 0, n), false) == true
}

# unknown_result(path, name): the result when the value the check needs is
# unknown until apply (status "unknown", not failing by default).
unknown_result(path, name) := {
	"msg": sprintf("%s: %s is not known until apply", [input.address, name]),
	"path": path,
	"unknown": true,
}

_list(x) := x if is_array(x)

_list(x) := [] if not is_array(x)

# --- Configuration (data.tfguard.configuration) ---------------------------

# config: this resource's block in the configuration (expressions, no
# values); undefined when the plan has no configuration.
config := r if {
	some r in _list(object.get(lib.config_module, "resources", []))
	object.get(r, "mode", "managed") == "managed"
	r.type == input.type
	r.name == input.name
}

# configured(name): the configuration writes the attribute or block.
configured(name) if name in object.keys(object.get(config, "expressions", {}))

# left_to_provider(name): the configuration does not write the attribute or
# block, so an unknown value is the provider's computed default.
left_to_provider(name) if {
	config
	not configured(name)
}

# --- Network security groups ----------------------------------------------

# nsg_rules: tfguard.lib.azure_nsg_rules with the rule's protocol ("*"
# when unset), direction and access, all lower case ("" when unset).
nsg_rules contains object.union(rule, {
	"protocol": _protocol(_rule_block(rule.path)),
	"direction": _lower(rule.direction),
	"access": _lower(rule.access),
}) if {
	some rule in lib.azure_nsg_rules
}

_lower(x) := lower(x) if is_string(x)

_lower(x) := "" if not is_string(x)

_rule_block(path) := after if count(path) == 0

_rule_block(path) := object.get(after, path, {}) if count(path) > 0

_protocol(block) := lower(block.protocol) if is_string(block.protocol)

_protocol(block) := "*" if not is_string(object.get(block, "protocol", null))

# nsg_internet_ingress: the inbound allow rules from an internet source, one
# per (rule, source).
nsg_internet_ingress contains object.union(rule, {"source": source}) if {
	some rule in nsg_rules
	rule.direction == "inbound"
	rule.access == "allow"
	some source in rule.sources
	is_string(source)
	lib.azure_public_source(source)
}

# --- PostgreSQL server parameters ------------------------------------------

# pg_parameter_off(names): this azurerm_postgresql_configuration (or
# flexible server configuration) sets one of the parameter names to off.
pg_parameter_off(names) if {
	is_string(after.name)
	lower(after.name) in names
	is_string(after.value)
	lower(after.value) == "off"
}

# pg_parameter_unknown(names): it sets one of them to a value only known at
# apply.
pg_parameter_unknown(names) if {
	is_string(after.name)
	lower(after.name) in names
	unknown_at(["value"])
}

# unknown_in(path): the value at path, or some part of it (a list element,
# a block attribute), is only known at apply.
unknown_in(path) if unknown_at(path)

unknown_in(path) if {
	walk(object.get(_after_unknown, path, false), [_, v])
	v == true
}
