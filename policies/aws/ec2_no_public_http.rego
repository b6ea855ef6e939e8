# METADATA
# title: Security group allows HTTP (port 80) from the internet
# description: >-
#   Port 80 open to 0.0.0.0/0 or ::/0 exposes an unencrypted web service to
#   anyone; public web traffic belongs behind a load balancer or CDN on HTTPS.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: aws-ec2-no-public-http
#   severity: medium
#   aliases: [CKV_AWS_260]
#   resource_types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
#   remediation: >-
#     Allow port 80 only from known ranges or from the load balancer's
#     security group, and serve the public on HTTPS.
package tfguard.aws.ec2_no_public_http

import data.tfguard.lib
import rego.v1

# Rules whose CIDR lists are unknown until apply are not in lib.sg_ingress
# (they are computed from other resources, not the literal internet).
deny contains {"msg": sprintf("%s allows HTTP (port 80) from %s", [input.address, rule.cidr]), "path": rule.path} if {
	some rule in lib.sg_ingress
	lib.public_cidr(rule.cidr)
	lib.port_in_range(80, rule)
}
