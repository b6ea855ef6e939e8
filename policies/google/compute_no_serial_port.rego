# METADATA
# title: VM instance enables the interactive serial console
# description: >-
#   With serial-port-enable, anyone with access to the project can reach the
#   instance's serial console from any address, bypassing firewall rules.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console
# custom:
#   id: google-compute-no-serial-port
#   severity: medium
#   aliases: [AVD-GCP-0032, GCP-0032, google-compute-no-serial-port, CKV_GCP_35]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Remove serial-port-enable from metadata, or set it to "false".
package tfguard.google.compute_no_serial_port

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Unset: the serial console is off (the GCE default).
deny contains {"msg": sprintf("%s enables the serial console (metadata serial-port-enable = %q)", [input.address, google.metadata("serial-port-enable")]), "path": ["metadata", "serial-port-enable"]} if {
	google.meta_true(google.metadata("serial-port-enable"))
}

deny contains lib.unknown_result("metadata", "metadata") if lib.unknown(["metadata"])

deny contains lib.unknown_result("metadata", "metadata.serial-port-enable") if lib.unknown(["metadata", "serial-port-enable"])
