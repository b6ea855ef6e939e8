# METADATA
# title: IAM policy allows privilege escalation
# description: >-
#   Some action combinations let a principal grant itself more rights:
#   attaching or writing policies, creating access keys or login profiles for
#   other users, or passing a privileged role to a new Lambda function, EC2
#   instance, Glue endpoint or CloudFormation stack. Allowed without resource
#   constraints, the policy is as good as administrator access.
# related_resources:
# - ref: https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
# custom:
#   id: aws-iam-policy-privilege-escalation
#   severity: high
#   aliases: [CKV_AWS_286, CKV_AWS_110]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"]
#   remediation: >-
#     Restrict the IAM and iam:PassRole actions to the specific users, roles
#     and policies needed, or add conditions.
package tfguard.aws.iam_policy_privilege_escalation

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

# Escalation method: the actions that together allow it.
escalation_methods := {
	"CreateAccessKey": ["iam:createaccesskey"],
	"CreateLoginProfile": ["iam:createloginprofile"],
	"UpdateLoginProfile": ["iam:updateloginprofile"],
	"AddUserToGroup": ["iam:addusertogroup"],
	"CreateNewPolicyVersion": ["iam:createpolicyversion"],
	"SetExistingDefaultPolicyVersion": ["iam:setdefaultpolicyversion"],
	"AttachUserPolicy": ["iam:attachuserpolicy"],
	"AttachGroupPolicy": ["iam:attachgrouppolicy"],
	"AttachRolePolicy": ["iam:attachrolepolicy", "sts:assumerole"],
	"PutUserPolicy": ["iam:putuserpolicy"],
	"PutGroupPolicy": ["iam:putgrouppolicy"],
	"PutRolePolicy": ["iam:putrolepolicy", "sts:assumerole"],
	"UpdateRolePolicyToAssumeIt": ["iam:updateassumerolepolicy", "sts:assumerole"],
	"CreateEC2WithExistingIP": ["iam:passrole", "ec2:runinstances"],
	"PassExistingRoleToNewLambdaThenInvoke": ["iam:passrole", "lambda:createfunction", "lambda:invokefunction"],
	"PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo": ["iam:passrole", "lambda:createfunction", "lambda:createeventsourcemapping"],
	"PassExistingRoleToNewGlueDevEndpoint": ["iam:passrole", "glue:createdevendpoint"],
	"PassExistingRoleToCloudFormation": ["iam:passrole", "cloudformation:createstack"],
	"PassExistingRoleToNewDataPipeline": ["iam:passrole", "datapipeline:createpipeline"],
	"UpdateExistingGlueDevEndpoint": ["glue:updatedevendpoint"],
	"EditExistingLambdaFunctionWithRole": ["lambda:updatefunctioncode"],
}

# Every action of the methods, written out: derived with a comprehension,
# the set would be built again for every policy checked (the test holds it
# to the methods).
method_actions := {
	"cloudformation:createstack", "datapipeline:createpipeline", "ec2:runinstances",
	"glue:createdevendpoint", "glue:updatedevendpoint", "iam:addusertogroup",
	"iam:attachgrouppolicy", "iam:attachrolepolicy", "iam:attachuserpolicy",
	"iam:createaccesskey", "iam:createloginprofile", "iam:createpolicyversion",
	"iam:passrole", "iam:putgrouppolicy", "iam:putrolepolicy", "iam:putuserpolicy",
	"iam:setdefaultpolicyversion", "iam:updateassumerolepolicy", "iam:updateloginprofile",
	"lambda:createeventsourcemapping", "lambda:createfunction", "lambda:invokefunction",
	"lambda:updatefunctioncode", "sts:assumerole"
}

deny contains lib.unknown_result("policy", "policy") if {
	input.mode != "data"
	lib.unknown(["policy"])
}

deny contains {"msg": sprintf("%s allows privilege escalation (%s) without resource constraints", [input.address, concat(", ", methods)]), "path": [_path]} if {
	allowed := aws_iam.unconstrained(method_actions)
	count(allowed) > 0
	methods := _methods(allowed)
	count(methods) > 0
}

# The escalation methods whose actions are all allowed, sorted. A policy
# that allows every action of every method (an administrator's, as most
# that this check finds) allows them all, without a look at each.
_methods(allowed) := sort(object.keys(escalation_methods)) if count(method_actions - allowed) == 0
else := sort({name |
	some name, actions in escalation_methods
	every action in actions {
		action in allowed
	}
})

_path := "statement" if input.mode == "data"
else := "policy"
