# METADATA
# title: Access key is created for the root user
# description: >-
#   Root access keys carry unrestricted, unscoped access to the whole account
#   and cannot be limited by IAM policies (CIS AWS Foundations).
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html
# custom:
#   id: aws-iam-no-root-access-keys
#   severity: critical
#   aliases: [AVD-AWS-0141, AWS-0141, aws-iam-no-root-access-keys, CKV_AWS_348]
#   resource_types: ["aws_iam_access_key"]
#   remediation: >-
#     Create access keys for IAM users or, better, use roles; never for root.
package tfguard.aws.iam_no_root_access_keys

import rego.v1

# status null: the default Active. A user known only at apply comes from an
# aws_iam_user resource: Terraform cannot manage the root user, so it passes.
deny contains {"msg": sprintf("%s creates an access key for the root user", [input.address]), "path": ["user"]} if {
	input.change.after.user == "root"
	object.get(input.change.after, "status", null) != "Inactive"
}
