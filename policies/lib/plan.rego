# Helpers shared by the built-in checks. Not a check itself: it has no
# deny/warn rules, so tfguard never reports from this package.
package tfguard.lib

import rego.v1

# unknown(path) is true when Terraform only learns the attribute at apply time.
# A check must not read such an attribute as absent.
unknown(path) if object.get(input.change.after_unknown, path, false) == true

# unknown_result(attribute, name) is the result a check gives when the value
# it needs is unknown: reported with status "unknown", not failing by default.
unknown_result(attribute, name) := {
	"msg": sprintf("%s: %s is not known until apply", [input.address, name]),
	"path": [attribute],
	"unknown": true,
}

# is_true(x) is strictly the boolean true, so a null or missing value is not.
is_true(x) if x == true

# list(x) is x when it is an array, else empty: Terraform writes null for
# unset list attributes, and iterating null is an error in regorus.
#
# Helpers with exclusive cases are written as `else` chains, here and in
# the other lib files: regorus's VM evaluates every definition of a function
# (each one a rule frame), while a chain stops at the first case that holds.
# No body before an `else` may iterate (engine/vm_refusals.rs).
list(x) := x if is_array(x) else := []

# public_cidr(cidr) is true for the whole IPv4 or IPv6 internet.
public_cidr(cidr) if cidr in {"0.0.0.0/0", "::/0", "*", "0.0.0.0"}

# --- AWS security groups -------------------------------------------------

# One entry per (rule, CIDR): {cidr, from_port, to_port, protocol, path}.
# The three shapes are three resource types, so at most one applies: an
# `else` chain reads that one only (each helper is a function call, some
# 7,000 VM instructions), and the VPC rule types are spelled with concat,
# not sprintf (a host call).
_sg_rules(direction) := _sg_inline(direction) if input.type == "aws_security_group"
else := _sg_rule_resource(direction) if input.type == "aws_security_group_rule"
else := _sg_vpc_rule if input.type == concat("", ["aws_vpc_security_group_", direction, "_rule"])
else := set()

_sg_inline(direction) := {rule |
	input.type == "aws_security_group"
	some i, block in list(input.change.after[direction])
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in list(block[key])
	rule := object.union(_ports(block), {"cidr": cidr, "path": [direction, i, key]})
}

_sg_rule_resource(direction) := {rule |
	input.type == "aws_security_group_rule"
	input.change.after.type == direction
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in list(input.change.after[key])
	rule := object.union(_ports(input.change.after), {"cidr": cidr, "path": [key]})
}

# The rule of an aws_vpc_security_group_{ingress,egress}_rule: its type
# says its direction.
_sg_vpc_rule := {rule |
	some key in ["cidr_ipv4", "cidr_ipv6"]
	cidr := input.change.after[key]
	is_string(cidr)
	rule := object.union(_ports(input.change.after), {"cidr": cidr, "path": [key]})
}

# aws_vpc_security_group_*_rule calls the protocol ip_protocol.
_ports(block) := {
	"from_port": _or(object.get(block, "from_port", null), 0),
	"to_port": _or(object.get(block, "to_port", null), 65535),
	"protocol": _or(object.get(block, "protocol", object.get(block, "ip_protocol", null)), "-1"),
}

_or(x, fallback) := x if x != null
else := fallback

sg_ingress := _sg_rules("ingress")

sg_egress := _sg_rules("egress")

# port_in_range(port, rule): the rule covers the port (protocol -1 is all).
port_in_range(port, rule) if rule.protocol in {"-1", "all", -1}
else := true if {
	from := to_number(object.get(rule, "from_port", 0))
	to := to_number(object.get(rule, "to_port", 65535))
	from <= port
	port <= to
} else := true if {
	to_number(object.get(rule, "from_port", 0)) == 0
	to_number(object.get(rule, "to_port", 0)) == 0
}

# --- Azure network security groups ---------------------------------------

# azure_nsg_rules: standalone rules and the inline rules of a group, as
# {direction, access, sources, ports, path}.
azure_nsg_rules contains _nsg_rule(input.change.after, []) if input.type == "azurerm_network_security_rule"

azure_nsg_rules contains _nsg_rule(rule, ["security_rule", i]) if {
	input.type == "azurerm_network_security_group"
	some i, rule in list(input.change.after.security_rule)
}

_nsg_rule(rule, path) := {
	"direction": object.get(rule, "direction", ""),
	"access": object.get(rule, "access", ""),
	"sources": array.concat(_as_list(object.get(rule, "source_address_prefix", null)), list(object.get(rule, "source_address_prefixes", []))),
	"ports": array.concat(_as_list(object.get(rule, "destination_port_range", null)), list(object.get(rule, "destination_port_ranges", []))),
	"path": path,
}

# as_object(x) is x when it is an object, else empty (null tags, labels).
as_object(x) := x if is_object(x) else := {}

_as_list(x) := [x] if is_string(x)
else := []

azure_public_source(source) if lower(source) in {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

# azure_port_in_rule(port, rule): a destination port range covers the port.
azure_port_in_rule(_, rule) if "*" in rule.ports

azure_port_in_rule(port, rule) if {
	some range in rule.ports
	range == format_int(port, 10)
}

azure_port_in_rule(port, rule) if {
	some range in rule.ports
	contains(range, "-")
	bounds := split(range, "-")
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}

# --- Containers -----------------------------------------------------------

# containers: {name, image, privileged, path} for every container and init
# container of a Kubernetes workload, and of an ECS task definition.
containers contains {
	"name": object.get(container, "name", ""),
	"image": object.get(container, "image", ""),
	"privileged": _privileged(container),
	"path": array.concat(path, ["image"]),
} if {
	startswith(input.type, "kubernetes_")
	walk(input.change.after, [path, container])
	count(path) > 1
	path[count(path) - 2] in {"container", "init_container"}
	is_object(container)
}

containers contains {
	"name": object.get(container, "name", ""),
	"image": object.get(container, "image", ""),
	"privileged": object.get(container, "privileged", false) == true,
	"path": ["container_definitions"],
} if {
	input.type == "aws_ecs_task_definition"
	is_string(input.change.after.container_definitions)
	json.is_valid(input.change.after.container_definitions)
	some container in json.unmarshal(input.change.after.container_definitions)
}

_privileged(container) := count([context |
	some context in list(container.security_context)
	context.privileged == true
]) > 0

# unpinned_image(image): no tag, or the tag latest. A digest pins.
unpinned_image(image) if {
	is_string(image)
	not contains(image, "@")
	not _tag(image)
}

unpinned_image(image) if {
	is_string(image)
	_tag(image) == "latest"
}

# The tag is what follows the last ':' after the last '/', so a registry
# port (registry:5000/app) is not a tag.
_tag(image) := tag if {
	parts := split(image, "/")
	name := parts[count(parts) - 1]
	contains(name, ":")
	pieces := split(name, ":")
	tag := pieces[count(pieces) - 1]
}

# --- Provider configuration (data.tfguard.providers) ----------------------

# The local name of the resource's provider: "aws" for
# registry.terraform.io/hashicorp/aws.
_provider_name := name if {
	parts := split(input.provider_name, "/")
	name := parts[count(parts) - 1]
}

# Without provider_name (hand-made plans), the type's prefix.
_provider_name := split(input.type, "_")[0] if not is_string(object.get(input, "provider_name", null))

# The un-aliased configuration of the resource's provider in the root module.
_provider := config if {
	some config in data.tfguard.providers
	config.name == _provider_name
	not config.alias
	not config.module_address
}

provider_region := _provider.expressions.region.constant_value

provider_default_tags := tags if {
	some block in list(_provider.expressions.default_tags)
	tags := block.tags.constant_value
	is_object(tags)
}

# --- Module configuration (data.tfguard.configuration) --------------------

# The module call names from the root to this resource, without instance keys.
_module_names := [m[1] |
	some m in regex.find_all_string_submatch_n(`module\.([^.\[]+)`, _module_address, -1)
]

_module_address := input.module_address if is_string(input.module_address)

_module_address := "" if not is_string(object.get(input, "module_address", null))

# config_module: the configuration module that declares this resource
# (expressions and references, no values); undefined without a configuration.
config_module := data.tfguard.configuration.root_module if {
	count(_module_names) == 0
	is_object(data.tfguard.configuration.root_module)
}

config_module := module if {
	count(_module_names) > 0
	path := [step | some name in _module_names; some step in ["module_calls", name, "module"]]
	module := object.get(data.tfguard.configuration.root_module, path, null)
	is_object(module)
}

# referenced_by(type, attribute): a resource of `type` in the same module
# sets `attribute` from this resource (`bucket = aws_s3_bucket.logs.id`).
referenced_by(type, attribute) if {
	some resource in list(config_module.resources)
	resource.type == type
	some reference in list(object.get(resource, ["expressions", attribute, "references"], []))
	_refers_to_me(reference)
}

_refers_to_me(reference) if reference == sprintf("%s.%s", [input.type, input.name])

_refers_to_me(reference) if startswith(reference, sprintf("%s.%s.", [input.type, input.name]))

_refers_to_me(reference) if startswith(reference, sprintf("%s.%s[", [input.type, input.name]))
