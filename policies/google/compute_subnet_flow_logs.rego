# METADATA
# title: Subnetwork has VPC flow logs off
# description: >-
#   Flow logs record the connections to and from the subnet's VMs, which
#   network forensics and anomaly detection depend on.
# related_resources:
# - ref: https://cloud.google.com/vpc/docs/using-flow-logs
# custom:
#   id: google-compute-subnet-flow-logs
#   severity: medium
#   aliases: [AVD-GCP-0076, GCP-0076, google-compute-google-compute-subnetwork-logging, AVD-GCP-0029, GCP-0029, google-compute-enable-vpc-flow-logs, CKV_GCP_26]
#   resource_types: ["google_compute_subnetwork"]
#   remediation: >-
#     Add log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling
#     = 0.5, metadata = "INCLUDE_ALL_METADATA" }.
package tfguard.google.compute_subnet_flow_logs

import data.tfguard.lib
import rego.v1

# Proxy-only and load balancer subnets do not support flow logs.
applies if not object.get(input.change.after, "purpose", null) in {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "PRIVATE_SERVICE_CONNECT"}

deny contains {"msg": sprintf("%s has no log_config (VPC flow logs off)", [input.address]), "path": ["log_config"]} if {
	applies
	not lib.unknown(["log_config"])
	count(lib.list(object.get(input.change.after, "log_config", null))) == 0
}

deny contains lib.unknown_result("log_config", "log_config") if {
	applies
	lib.unknown(["log_config"])
}
