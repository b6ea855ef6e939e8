# METADATA
# title: Redshift cluster does not use enhanced VPC routing
# description: >-
#   Without enhanced VPC routing, COPY and UNLOAD traffic to S3 bypasses
#   the VPC, its endpoints, security groups and flow logs.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html
# custom:
#   id: aws-redshift-enhanced-vpc-routing
#   severity: low
#   aliases: [CKV_AWS_321]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Set enhanced_vpc_routing = true.
package tfguard.aws.redshift_enhanced_vpc_routing

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set enhanced_vpc_routing = true", [input.address]), "path": ["enhanced_vpc_routing"]} if {
	not lib.unknown(["enhanced_vpc_routing"])
	not _on
}

deny contains lib.unknown_result("enhanced_vpc_routing", "enhanced_vpc_routing") if {
	lib.unknown(["enhanced_vpc_routing"])
}

# The provider default is false.
_on if aws_data.value(["enhanced_vpc_routing"]) == true
