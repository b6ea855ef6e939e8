# METADATA
# title: Subnetwork has Private Google Access off
# description: >-
#   Without Private Google Access, VMs without external IPs cannot reach
#   Google APIs, which pushes teams to give them public addresses.
# related_resources:
# - ref: https://cloud.google.com/vpc/docs/private-google-access
# custom:
#   id: google-compute-subnet-private-google-access
#   severity: low
#   aliases: [AVD-GCP-0075, GCP-0075, google-compute-enable-subnetwork-private-google-access, CKV_GCP_74]
#   resource_types: ["google_compute_subnetwork"]
#   remediation: >-
#     Set private_ip_google_access = true.
package tfguard.google.compute_subnet_private_google_access

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

applies if not object.get(input.change.after, "purpose", null) in {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "PRIVATE_SERVICE_CONNECT"}

# Unset: false (the default). The plan may show it unset as computed.
deny contains {"msg": sprintf("%s does not set private_ip_google_access = true", [input.address]), "path": ["private_ip_google_access"]} if {
	applies
	not lib.unknown(["private_ip_google_access"])
	not input.change.after.private_ip_google_access == true
}

deny contains {"msg": sprintf("%s does not set private_ip_google_access = true", [input.address]), "path": ["private_ip_google_access"]} if {
	applies
	lib.unknown(["private_ip_google_access"])
	google.not_written(["private_ip_google_access"])
}

deny contains lib.unknown_result("private_ip_google_access", "private_ip_google_access") if {
	applies
	lib.unknown(["private_ip_google_access"])
	not google.not_written(["private_ip_google_access"])
}
