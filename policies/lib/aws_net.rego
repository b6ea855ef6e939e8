# Helpers shared by the AWS network ACL checks. Not a check itself: it has
# no deny/warn rules.
package tfguard.lib.aws_net

import data.tfguard.lib
import rego.v1

# nacl_ingress: the ingress entries of an aws_network_acl (inline blocks) or
# an aws_network_acl_rule, as {rule_no, action, cidr, protocol, from_port,
# to_port, path}, one per CIDR (IPv4 and IPv6).
nacl_ingress contains entry if {
	input.type == "aws_network_acl"
	some i, rule in lib.list(input.change.after.ingress)
	some key in ["cidr_block", "ipv6_cidr_block"]
	cidr := object.get(rule, key, null)
	is_string(cidr)
	entry := _entry(rule, object.get(rule, "action", null), cidr, ["ingress", i, key])
}

nacl_ingress contains entry if {
	input.type == "aws_network_acl_rule"
	not input.change.after.egress == true
	some key in ["cidr_block", "ipv6_cidr_block"]
	cidr := object.get(input.change.after, key, null)
	is_string(cidr)
	entry := _entry(input.change.after, object.get(input.change.after, "rule_action", null), cidr, [key])
}

_entry(rule, action, cidr, path) := {
	"rule_no": object.get(rule, "rule_no", 0),
	"action": lower(sprintf("%v", [action])),
	"cidr": cidr,
	"protocol": lower(sprintf("%v", [object.get(rule, "protocol", "-1")])),
	"from_port": object.get(rule, "from_port", 0),
	"to_port": object.get(rule, "to_port", 0),
	"path": path,
}

all_protocols(entry) if entry.protocol in {"-1", "all"}

# covers(port, entry): the entry applies to the TCP/UDP port.
covers(_, entry) if all_protocols(entry)

covers(port, entry) if {
	not all_protocols(entry)
	is_number(entry.from_port)
	is_number(entry.to_port)
	entry.from_port <= port
	port <= entry.to_port
}

# public_allow(port): an allow entry from the internet covering the port
# that no lower-numbered deny entry (in the same aws_network_acl) overrides.
# A standalone aws_network_acl_rule is judged on its own.
public_allow(port) := {entry |
	some entry in nacl_ingress
	entry.action == "allow"
	lib.public_cidr(entry.cidr)
	covers(port, entry)
	not _denied_first(port, entry)
}

_denied_first(port, entry) if {
	input.type == "aws_network_acl"
	some other in nacl_ingress
	other.action == "deny"
	lib.public_cidr(other.cidr)
	covers(port, other)
	is_number(other.rule_no)
	is_number(entry.rule_no)
	other.rule_no < entry.rule_no
}
