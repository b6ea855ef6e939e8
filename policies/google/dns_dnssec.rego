# METADATA
# title: Public Cloud DNS zone does not use DNSSEC
# description: >-
#   Without DNSSEC, resolvers cannot verify the zone's answers, so spoofed or
#   poisoned records can redirect users.
# related_resources:
# - ref: https://cloud.google.com/dns/docs/dnssec-config
# custom:
#   id: google-dns-dnssec
#   severity: medium
#   aliases: [AVD-GCP-0013, GCP-0013, google-dns-enable-dnssec, CKV_GCP_16]
#   resource_types: ["google_dns_managed_zone"]
#   remediation: >-
#     Set dnssec_config { state = "on" }.
package tfguard.google.dns_dnssec

import data.tfguard.lib
import rego.v1

after := input.change.after

# visibility defaults to public; private zones cannot use DNSSEC.
public if object.get(after, "visibility", null) in {null, "public"}

_state := lib.list(after.dnssec_config)[0].state

deny contains {"msg": sprintf("%s has dnssec_config.state = %q", [input.address, _state]), "path": ["dnssec_config", 0, "state"]} if {
	public
	is_string(_state)
	not _state in {"on", "transfer"}
}

# No block (or no state): DNSSEC is off (the default).
deny contains {"msg": sprintf("%s does not enable DNSSEC (no dnssec_config.state)", [input.address]), "path": ["dnssec_config"]} if {
	public
	not lib.unknown(["dnssec_config"])
	not lib.unknown(["dnssec_config", 0, "state"])
	not _has_state
}

_has_state if is_string(_state)

deny contains lib.unknown_result("dnssec_config", "dnssec_config") if {
	public
	lib.unknown(["dnssec_config"])
}

deny contains lib.unknown_result("dnssec_config", "dnssec_config.state") if {
	public
	lib.unknown(["dnssec_config", 0, "state"])
}
