# METADATA
# title: Subnet gives instances public IP addresses
# description: >-
#   Every instance launched in the subnet becomes reachable from the internet,
#   whatever its purpose.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html
# custom:
#   id: aws-ec2-subnet-no-public-ip
#   severity: high
#   aliases: [AVD-AWS-0164, AWS-0164, aws-ec2-no-public-ip-subnet, CKV_AWS_130]
#   resource_types: ["aws_subnet"]
#   remediation: >-
#     Set map_public_ip_on_launch = false; give public addresses explicitly
#     where needed.
package tfguard.aws.ec2_subnet_no_public_ip

import rego.v1

deny contains {"msg": sprintf("%s assigns public IP addresses on launch", [input.address]), "path": ["map_public_ip_on_launch"]} if {
	input.change.after.map_public_ip_on_launch == true
}
