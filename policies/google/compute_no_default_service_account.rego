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

deny contains {"msg": sprintf("%s uses the default compute service account", [input.address]), "path": ["service_account", i, "email"]} if {
	some i, account in lib.list(object.get(input.change.after, "service_account", null))
	email := account.email
	is_string(email)
	endswith(email, "-compute@developer.gserviceaccount.com")
}

# A service_account block without an email attaches the default account.
deny contains {"msg": sprintf("%s uses the default compute service account (no email given)", [input.address]), "path": ["service_account", i]} if {
	some i, account in lib.list(object.get(input.change.after, "service_account", null))
	object.get(account, "email", null) in {null, ""}
	not lib.unknown(["service_account", i, "email"])
}

# The plan shows the email as unknown both when the block has none (the
# provider fills in the default account) and when it comes from another
# resource (google_service_account.x.email). The configuration tells them
# apart; without it the result is unknown.
deny contains {"msg": sprintf("%s uses the default compute service account (no email given)", [input.address]), "path": ["service_account", i]} if {
	some i, _ in lib.list(object.get(input.change.after, "service_account", null))
	lib.unknown(["service_account", i, "email"])
	some block in _config_blocks
	not "email" in object.keys(block)
}

deny contains lib.unknown_result("service_account", "service_account.email") if {
	some i, _ in lib.list(object.get(input.change.after, "service_account", null))
	lib.unknown(["service_account", i, "email"])
	not _configured
}

_config_resource := resource if {
	some resource in lib.list(lib.config_module.resources)
	resource.type == input.type
	resource.name == input.name
}

_configured if _config_resource

_config_blocks contains block if {
	some block in lib.list(object.get(_config_resource, ["expressions", "service_account"], null))
	is_object(block)
}
