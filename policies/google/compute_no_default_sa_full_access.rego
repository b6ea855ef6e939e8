# METADATA
# title: VM instance runs as the default service account with full API access
# description: >-
#   The cloud-platform scope with the default service account gives the
#   instance (and anything running on it) every permission of the account,
#   often Editor on the project.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice
# custom:
#   id: google-compute-no-default-sa-full-access
#   severity: high
#   aliases: [CKV_GCP_31]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Use a dedicated service account, or narrow scopes on the default one.
package tfguard.google.compute_no_default_sa_full_access

import data.tfguard.lib
import rego.v1

_full_access(scope) if scope in {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

# No email (null, "" or unknown because computed) is the default account.
_default(account) if object.get(account, "email", null) in {null, "", "default"}

_default(account) if {
	is_string(account.email)
	endswith(account.email, "-compute@developer.gserviceaccount.com")
}

deny contains {"msg": sprintf("%s uses the default service account with the cloud-platform scope", [input.address]), "path": ["service_account", i, "scopes"]} if {
	some i, account in lib.list(input.change.after.service_account)
	_default(account)
	some scope in lib.list(account.scopes)
	_full_access(scope)
}
