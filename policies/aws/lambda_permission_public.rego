# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   A permission with principal "*" adds a statement to the function's
#   resource policy that lets any AWS account invoke it.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: aws-lambda-permission-public
#   severity: high
#   aliases: [CKV_AWS_301]
#   resource_types: ["aws_lambda_permission"]
#   remediation: >-
#     Set principal to the account or service that invokes the function.
package tfguard.aws.lambda_permission_public

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s grants %s to any principal (\"*\")", [input.address, object.get(input.change.after, "action", "")]), "path": ["principal"]} if {
	input.change.after.principal == "*"
}

deny contains lib.unknown_result("principal", "principal") if lib.unknown(["principal"])
