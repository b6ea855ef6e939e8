# METADATA
# title: Lambda permission for an AWS service is not limited to a source
# description: >-
#   A permission for a service principal (s3.amazonaws.com, sns.amazonaws.com,
#   ...) without source_arn or source_account lets that service invoke the
#   function on behalf of any account's resources (the confused deputy
#   problem).
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: aws-lambda-permission-source-arn
#   severity: medium
#   aliases: [AVD-AWS-0067, AWS-0067, aws-lambda-restrict-source-arn, CKV_AWS_364]
#   resource_types: ["aws_lambda_permission"]
#   remediation: >-
#     Set source_arn to the bucket, topic or rule that invokes the function,
#     or source_account to your account ID.
package tfguard.aws.lambda_permission_source_arn

import data.tfguard.lib
import rego.v1

# A source known only at apply comes from a resource: it is set.
deny contains {"msg": sprintf("%s lets %s invoke the function from any source", [input.address, principal]), "path": ["source_arn"]} if {
	principal := input.change.after.principal
	is_string(principal)
	endswith(principal, ".amazonaws.com")
	not _limited
}

_limited if {
	some attribute in ["source_arn", "source_account"]
	_set(attribute)
}

_set(attribute) if lib.unknown([attribute])

_set(attribute) if not object.get(input.change.after, attribute, null) in {null, ""}
