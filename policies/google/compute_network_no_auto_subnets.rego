# METADATA
# title: VPC network creates subnets automatically
# description: >-
#   Auto-mode networks create a subnet in every region with predictable,
#   overlapping ranges, the shape of the default network; custom-mode
#   networks create only the subnets you plan.
# related_resources:
# - ref: https://cloud.google.com/vpc/docs/vpc#subnet-ranges
# custom:
#   id: google-compute-network-no-auto-subnets
#   severity: medium
#   aliases: [CKV2_GCP_2]
#   resource_types: ["google_compute_network"]
#   remediation: >-
#     Set auto_create_subnetworks = false and declare the subnets.
package tfguard.google.compute_network_no_auto_subnets

import data.tfguard.lib
import rego.v1

# Unset or null: true (the provider default).
deny contains {"msg": sprintf("%s creates subnets automatically (auto_create_subnetworks is not false)", [input.address]), "path": ["auto_create_subnetworks"]} if {
	not lib.unknown(["auto_create_subnetworks"])
	not input.change.after.auto_create_subnetworks == false
}

deny contains lib.unknown_result("auto_create_subnetworks", "auto_create_subnetworks") if lib.unknown(["auto_create_subnetworks"])
