# METADATA
# title: S3 bucket policy allows any principal
# description: >-
#   A bucket policy statement that allows Principal "*" without a condition opens the bucket to everyone on the internet, whatever the ACLs say.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
# custom:
#   id: aws-s3-policy-no-public
#   severity: critical
#   aliases: [CKV_AWS_70]
#   resource_types: ["aws_s3_bucket_policy", "aws_s3_bucket"]
#   remediation: >-
#     Name the principals (accounts, roles, services) or add a condition (aws:SourceArn, aws:SourceVpce, aws:PrincipalOrgID) that narrows the statement.
package tfguard.aws.s3_policy_no_public

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_s3_bucket_policy"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_s3_bucket_policy"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_s3_bucket"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_s3_bucket"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}
