package tfguard.org.forbidden_roles_test

import data.tfguard.org.forbidden_roles as check
import rego.v1

test_fails_on_google if {
	results := check.deny with input as {"address": "google_project_iam_member.this", "mode": "managed", "type": "google_project_iam_member", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role": "roles/owner"}, "after_unknown": {}}} with data.tfguard.config as {"forbidden_roles": ["roles/owner"]}
	count(results) == 1
}

test_fails_on_aws if {
	results := check.deny with input as {"address": "aws_iam_role_policy_attachment.this", "mode": "managed", "type": "aws_iam_role_policy_attachment", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}, "after_unknown": {}}} with data.tfguard.config as {"forbidden_roles": ["arn:aws:iam::aws:policy/AdministratorAccess"]}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_role_assignment.this", "mode": "managed", "type": "azurerm_role_assignment", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role_definition_name": "Reader"}, "after_unknown": {}}} with data.tfguard.config as {"forbidden_roles": ["Owner"]}
	count(results) == 0
}
