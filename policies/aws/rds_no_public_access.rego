# METADATA
# title: RDS database is publicly accessible
# description: >-
#   A publicly accessible database instance gets a public DNS name and
#   address, so only its security groups stand between it and the internet.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: aws-rds-no-public-access
#   severity: critical
#   aliases: [AVD-AWS-0180, AWS-0180, aws-rds-enable-public-access, CKV_AWS_17, aws-rds-no-public-db-access]
#   resource_types: ["aws_db_instance", "aws_rds_cluster_instance"]
#   remediation: >-
#     Set publicly_accessible = false and reach the database through private
#     networking.
package tfguard.aws.rds_no_public_access

import rego.v1

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "path": ["publicly_accessible"]} if {
	input.change.after.publicly_accessible == true
}
