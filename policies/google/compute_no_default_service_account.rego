# METADATA
# title: Instance runs as the default compute service account
# description: >-
#   The default compute service account has the Editor role on the project in
#   many organisations.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
# custom:
#   id: google-compute-no-default-service-account
#   severity: high
#   aliases: [AVD-GCP-0044, GCP-0044, google-compute-no-default-service-account, CKV_GCP_30]
#   resource_types: ["google_compute_instance"]
#   remediation: >-
#     Create a dedicated service account with only the roles the workload
#     needs.
package tfguard.google.compute_no_default_service_account

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s uses the default compute service account", [input.address]), "path": ["service_account", 0, "email"]} if {
	some account in lib.list(input.change.after.service_account)
	email := account.email
	is_string(email)
	endswith(email, "-compute@developer.gserviceaccount.com")
}

# A service_account block without an email attaches the default account
# (the plan shows the email as unknown: the provider fills it in).
deny contains {"msg": sprintf("%s uses the default compute service account (no email given)", [input.address]), "path": ["service_account", i]} if {
	some i, account in lib.list(input.change.after.service_account)
	object.get(account, "email", null) in {null, ""}
}
