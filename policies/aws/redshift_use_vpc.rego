# METADATA
# title: Redshift cluster names no subnet group
# description: >-
#   Without cluster_subnet_group_name the cluster lands in the default VPC
#   (or, in old accounts, EC2-Classic) instead of the network you designed,
#   outside its routing, security groups and flow logs.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html
# custom:
#   id: aws-redshift-use-vpc
#   severity: medium
#   aliases: [AVD-AWS-0127, AWS-0127, aws-redshift-use-vpc, CKV_AWS_154]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Set cluster_subnet_group_name to an aws_redshift_subnet_group in your
#     VPC.
package tfguard.aws.redshift_use_vpc

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# The attribute is computed: unknown and left out of the configuration, AWS
# picks the default subnet group.
deny contains {"msg": sprintf("%s names no cluster_subnet_group_name", [input.address]), "path": ["cluster_subnet_group_name"]} if {
	aws_data.written_state(["cluster_subnet_group_name"]) == "unset"
}

deny contains lib.unknown_result("cluster_subnet_group_name", "cluster_subnet_group_name") if {
	aws_data.written_state(["cluster_subnet_group_name"]) == "unknown"
}
