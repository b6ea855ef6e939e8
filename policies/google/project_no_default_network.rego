# METADATA
# title: Project is created with the default network
# description: >-
#   The default network has an auto-mode subnet in every region and
#   permissive firewall rules (SSH and RDP from anywhere, all internal
#   traffic).
# related_resources:
# - ref: https://cloud.google.com/vpc/docs/vpc#default-network
# custom:
#   id: google-project-no-default-network
#   severity: high
#   aliases: [AVD-GCP-0010, GCP-0010, google-iam-no-default-network, CKV_GCP_27]
#   resource_types: ["google_project"]
#   remediation: >-
#     Set auto_create_network = false and create a custom-mode VPC.
package tfguard.google.project_no_default_network

import data.tfguard.lib
import rego.v1

# Unset or null: true (the provider default creates the network).
deny contains {"msg": sprintf("%s creates the default network (auto_create_network is not false)", [input.address]), "path": ["auto_create_network"]} if {
	not lib.unknown(["auto_create_network"])
	not input.change.after.auto_create_network == false
}

deny contains lib.unknown_result("auto_create_network", "auto_create_network") if lib.unknown(["auto_create_network"])
