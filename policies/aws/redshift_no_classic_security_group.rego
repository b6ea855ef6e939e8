# METADATA
# title: Redshift uses an EC2-Classic security group
# description: >-
#   aws_redshift_security_group belongs to EC2-Classic, which AWS retired in August 2023: the
#   resource cannot be created any more and its rules name no VPC security
#   groups, so access cannot be restricted the way VPC resources are.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
# custom:
#   id: aws-redshift-no-classic-security-group
#   severity: medium
#   aliases: [AVD-AWS-0085, AWS-0085, aws-redshift-no-classic-resources]
#   resource_types: ["aws_redshift_security_group"]
#   remediation: >-
#     Remove the aws_redshift_security_group and attach VPC security groups (aws_security_group)
#     to the resources in a VPC.
package tfguard.aws.redshift_no_classic_security_group

import rego.v1

# The resource type itself is the finding: it exists only for EC2-Classic.
deny contains {"msg": sprintf("%s is an EC2-Classic security group; use VPC security groups", [input.address])} if {
	input.change.after != null
}
