# Helpers shared by the Google Cloud checks. Not a check itself: it has no
# deny/warn rules.
package tfguard.lib.google

import data.tfguard.lib
import rego.v1

after := input.change.after

# --- Configuration --------------------------------------------------------

# config_expressions: the configuration block of this resource (expressions,
# not values); undefined when the plan has no configuration.
config_expressions := resource.expressions if {
	some resource in lib.list(lib.config_module.resources)
	object.get(resource, "mode", "managed") == "managed"
	resource.type == input.type
	resource.name == input.name
}

# written(path): the configuration sets the attribute or block at path
# (a constant or an expression), so an unknown value there is the user's.
written(path) if object.get(config_expressions, path, null) != null

# not_written(path): the configuration is known and leaves the attribute
# unset, so an unknown value there is what the provider computes by default.
not_written(path) if {
	is_object(config_expressions)
	not written(path)
}

# --- Compute instance metadata --------------------------------------------

# metadata(key): the instance or template metadata value for key.
metadata(key) := lib.as_object(after.metadata)[key]

# GCE reads boolean metadata case-insensitively; TRUE, 1, Y and YES mean on.
meta_true(value) if lower(format_value(value)) in {"true", "1", "y", "yes"}

meta_false(value) if lower(format_value(value)) in {"false", "0", "n", "no"}

format_value(value) := value if is_string(value)

format_value(value) := json.marshal(value) if not is_string(value)

# --- Cloud SQL database flags ---------------------------------------------

# database_flags[name]: {"value", "path"} of the first flag of that name in
# settings (a repeated name must not be a conflict error).
_flag_entries := [{"name": flag.name, "value": object.get(flag, "value", null), "path": ["settings", i, "database_flags", j, "value"]} |
	some i, settings in lib.list(after.settings)
	some j, flag in lib.list(settings.database_flags)
	is_string(flag.name)
]

database_flags[name] := {"value": entry.value, "path": entry.path} if {
	some name in {e.name | some e in _flag_entries}
	entry := [e | some e in _flag_entries; e.name == name][0]
}

# The settings block is planned (not wholly unknown) and its flags are known.
flags_known if {
	count(lib.list(after.settings)) > 0
	not lib.unknown(["settings"])
	not lib.unknown(["settings", 0, "database_flags"])
}

engine(prefix) if {
	is_string(after.database_version)
	startswith(after.database_version, prefix)
}

# --- IAM members ----------------------------------------------------------

# grants: {role, member, path} for *_iam_member, *_iam_binding and
# *_iam_policy resources (policy_data is a JSON document).
grants contains {"role": after.role, "member": after.member, "path": ["member"]} if {
	endswith(input.type, "_iam_member")
	is_string(after.member)
	is_string(after.role)
}

grants contains {"role": after.role, "member": member, "path": ["members", i]} if {
	endswith(input.type, "_iam_binding")
	is_string(after.role)
	some i, member in lib.list(after.members)
	is_string(member)
}

grants contains {"role": binding.role, "member": member, "path": ["policy_data"]} if {
	endswith(input.type, "_iam_policy")
	is_string(after.policy_data)
	json.is_valid(after.policy_data)
	some binding in lib.list(json.unmarshal(after.policy_data).bindings)
	some member in lib.list(binding.members)
	is_string(member)
	is_string(binding.role)
}

public_member(member) if member in {"allUsers", "allAuthenticatedUsers"}

# Primitive (basic) roles.
basic_role(role) if role in {"roles/owner", "roles/editor", "roles/viewer"}

# Default service accounts: Compute Engine and App Engine.
default_service_account(member) if {
	startswith(member, "serviceAccount:")
	endswith(member, "-compute@developer.gserviceaccount.com")
}

default_service_account(member) if {
	startswith(member, "serviceAccount:")
	endswith(member, "@appspot.gserviceaccount.com")
}

# --- Firewall rules --------------------------------------------------------

# An ingress rule: direction INGRESS, or unset (the provider's default; the
# plan shows an unset direction as unknown).
ingress if after.direction == "INGRESS"

ingress if {
	object.get(after, "direction", null) == null
	not written(["direction"])
}

# public_allows: {allow, index, cidr} for every allow block of an enabled
# ingress rule whose source ranges include the whole internet.
public_allows contains {"allow": allow, "index": i, "cidr": cidr} if {
	input.type == "google_compute_firewall"
	ingress
	not after.disabled == true
	some cidr in lib.list(after.source_ranges)
	lib.public_cidr(cidr)
	some i, allow in lib.list(after.allow)
}

# allow_covers(allow, port): the allow block admits TCP traffic to port
# (protocol all, or tcp with no ports meaning every port).
allow_covers(allow, _) if {
	_protocol_matches(allow.protocol, "tcp")
	count(lib.list(allow.ports)) == 0
}

allow_covers(allow, port) if {
	_protocol_matches(allow.protocol, "tcp")
	some range in lib.list(allow.ports)
	_range_covers(range, port)
}

_protocol_matches(protocol, wanted) if {
	is_string(protocol)
	lower(protocol) in {wanted, "all"}
}

_protocol_matches(protocol, "tcp") if protocol == "6"

_protocol_matches(protocol, "udp") if protocol == "17"

_range_covers(range, port) if {
	regex.match(`^[0-9]+$`, range)
	to_number(range) == port
}

_range_covers(range, port) if {
	regex.match(`^[0-9]+-[0-9]+$`, range)
	bounds := split(range, "-")
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}

# all_ports(allow): the allow block admits every port of every protocol, or
# every TCP/UDP port.
all_ports(allow) if _protocol(allow) == "all"

all_ports(allow) if {
	_protocol(allow) in {"tcp", "udp", "sctp", "6", "17"}
	count(lib.list(allow.ports)) == 0
}

all_ports(allow) if {
	_protocol(allow) in {"tcp", "udp", "sctp", "6", "17"}
	some range in lib.list(allow.ports)
	range in {"0-65535", "1-65535"}
}

_protocol(allow) := lower(allow.protocol) if is_string(allow.protocol)

# --- GKE node configuration -------------------------------------------------

# gke_node_configs: {config, path} for every node_config that creates nodes:
# a node pool's, the inline node pools' of a cluster, and the cluster's own
# (the default pool) unless it is removed or the cluster is Autopilot.
gke_node_configs contains {"config": config, "path": ["node_config", i]} if {
	input.type == "google_container_node_pool"
	some i, config in lib.list(after.node_config)
}

gke_node_configs contains {"config": config, "path": ["node_pool", p, "node_config", i]} if {
	input.type == "google_container_cluster"
	some p, pool in lib.list(after.node_pool)
	some i, config in lib.list(pool.node_config)
}

gke_node_configs contains {"config": config, "path": ["node_config", i]} if {
	input.type == "google_container_cluster"
	gke_default_pool
	some i, config in lib.list(after.node_config)
}

gke_default_pool if {
	input.type == "google_container_cluster"
	not after.remove_default_node_pool == true
	not after.enable_autopilot == true
}

# gke_managements: {config, path} of node pool management blocks.
gke_managements contains {"config": config, "path": ["management", i]} if {
	input.type == "google_container_node_pool"
	some i, config in lib.list(after.management)
}

gke_managements contains {"config": config, "path": ["node_pool", p, "management", i]} if {
	input.type == "google_container_cluster"
	some p, pool in lib.list(after.node_pool)
	some i, config in lib.list(pool.management)
}
