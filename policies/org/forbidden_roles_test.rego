package tfguard.org.forbidden_roles_test

import data.tfguard.org.forbidden_roles as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config := {"forbidden_roles": ["roles/owner", "Owner", "arn:aws:iam::aws:policy/AdministratorAccess"]}

test_fails_on_a_google_member if {
	check.deny == {{"msg": "google_project_iam_member.this grants the forbidden role roles/owner", "path": ["role"]}} with input as _input("google_project_iam_member", {"role": "roles/owner", "member": "user:a@example.com"}, {}) with data.tfguard.config as _config
}

test_fails_on_an_azure_assignment_ignoring_case if {
	check.deny == {{"msg": "azurerm_role_assignment.this grants the forbidden role owner", "path": ["role_definition_name"]}} with input as _input("azurerm_role_assignment", {"role_definition_name": "owner", "role_definition_id": null}, {}) with data.tfguard.config as _config
}

test_fails_on_an_aws_attachment if {
	check.deny == {{"msg": "aws_iam_role_policy_attachment.this grants the forbidden role arn:aws:iam::aws:policy/AdministratorAccess", "path": ["policy_arn"]}} with input as _input("aws_iam_role_policy_attachment", {"role": "app", "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}, {}) with data.tfguard.config as _config
}

test_passes_on_a_narrow_role if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/viewer"}, {}) with data.tfguard.config as _config
}

test_off_without_configuration if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/owner"}, {})
}

test_passes_when_the_role_is_null if {
	count(check.deny) == 0 with input as _input("azurerm_role_assignment", {"role_definition_name": null}, {}) with data.tfguard.config as _config
}

test_passes_when_the_role_is_missing if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"members": []}, {}) with data.tfguard.config as _config
}

test_passes_when_the_policy_arn_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_iam_user_policy_attachment", {"user": "bob"}, {"policy_arn": true}) with data.tfguard.config as _config
}
