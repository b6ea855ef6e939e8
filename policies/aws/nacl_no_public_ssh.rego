# METADATA
# title: Network ACL allows SSH (port 22) from the internet
# description: >-
#   A network ACL that lets 0.0.0.0/0 or ::/0 reach port 22 leaves only the
#   security groups between SSH and the whole internet.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
# custom:
#   id: aws-nacl-no-public-ssh
#   severity: critical
#   aliases: [AVD-AWS-0105, AWS-0105, aws-ec2-no-public-ingress-acl, CKV_AWS_232]
#   resource_types: ["aws_network_acl", "aws_network_acl_rule"]
#   remediation: >-
#     Allow port 22 only from known address ranges, or add a lower-numbered
#     deny entry for the internet.
package tfguard.aws.nacl_no_public_ssh

import data.tfguard.lib.aws_net
import rego.v1

# An entry with unknown CIDR, ports or action is not in aws_net.nacl_ingress
# as a public allow (its values are computed from other resources).
deny contains {"msg": sprintf("%s allows SSH (port 22) from %s", [input.address, entry.cidr]), "path": entry.path} if {
	some entry in aws_net.public_allow(22)
}
