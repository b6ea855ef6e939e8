package tfguard.aws.iam_policy_privilege_escalation_test

import data.tfguard.aws.iam_policy_privilege_escalation as check
import rego.v1

_input(policy, unknown) := {
	"address": "aws_iam_user_policy.this",
	"mode": "managed",
	"type": "aws_iam_user_policy",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"policy": policy}, "after_unknown": unknown},
}

_document(statements) := {
	"address": "data.aws_iam_policy_document.this",
	"mode": "data",
	"type": "aws_iam_policy_document",
	"name": "this",
	"change": {"actions": ["read"], "before": null, "after": {"statement": statements}, "after_unknown": {}},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_pass_role_and_run_instances if {
	policy := _policy([
		{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
		{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
	])
	check.deny == {{"msg": "aws_iam_user_policy.this allows privilege escalation (CreateEC2WithExistingIP) without resource constraints", "path": ["policy"]}} with input as _input(policy, {})
}

test_fails_on_every_method_with_an_administrator_policy if {
	policy := _policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])
	methods := "AddUserToGroup, AttachGroupPolicy, AttachRolePolicy, AttachUserPolicy, CreateAccessKey, CreateEC2WithExistingIP, CreateLoginProfile, CreateNewPolicyVersion, EditExistingLambdaFunctionWithRole, PassExistingRoleToCloudFormation, PassExistingRoleToNewDataPipeline, PassExistingRoleToNewGlueDevEndpoint, PassExistingRoleToNewLambdaThenInvoke, PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo, PutGroupPolicy, PutRolePolicy, PutUserPolicy, SetExistingDefaultPolicyVersion, UpdateExistingGlueDevEndpoint, UpdateLoginProfile, UpdateRolePolicyToAssumeIt"
	check.deny == {{"msg": sprintf("aws_iam_user_policy.this allows privilege escalation (%s) without resource constraints", [methods]), "path": ["policy"]}} with input as _input(policy, {})
}

# Every action allowed takes the shortcut; one fewer, the look at each
# method: both give the methods whose actions are all allowed.
test_methods_are_those_whose_actions_are_all_allowed if {
	every_method := sort({name | some name, _ in check.escalation_methods})
	check._methods(check.method_actions | {"s3:getobject"}) == every_method
	without_assume := check.method_actions - {"sts:assumerole"}
	check._methods(without_assume) == sort({name |
		some name, actions in check.escalation_methods
		not "sts:assumerole" in actions
	})
	check._methods({"iam:passrole", "ec2:runinstances"}) == ["CreateEC2WithExistingIP"]
}

test_fails_on_attach_user_policy_in_data_source if {
	statements := [{"effect": "Allow", "actions": ["iam:AttachUserPolicy"], "resources": ["*"], "condition": []}]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows privilege escalation (AttachUserPolicy) without resource constraints", "path": ["statement"]}} with input as _document(statements)
}

test_passes_on_pass_role_alone if {
	policy := _policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_with_resource_constraints if {
	policy := _policy([{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "arn:aws:iam::111122223333:role/app"}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_when_denied if {
	policy := _policy([
		{"Effect": "Allow", "Action": "iam:*", "Resource": "*"},
		{"Effect": "Deny", "Action": "iam:*", "Resource": "*"},
	])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_user_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input(null, {"policy": true})
}

test_passes_on_null if {
	count(check.deny) == 0 with input as _input(null, {})
	count(check.deny) == 0 with input as _document(null)
}

test_method_actions_are_every_action_of_the_methods if {
	check.method_actions == {action | some actions in check.escalation_methods; some action in actions}
}
