# METADATA
# title: Lambda function is not attached to a VPC
# description: >-
#   A function outside a VPC reaches the internet directly and cannot be
#   limited by security groups, network ACLs or VPC endpoints policies.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html
# custom:
#   id: aws-lambda-in-vpc
#   severity: low
#   aliases: [CKV_AWS_117]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set vpc_config { subnet_ids = [...], security_group_ids = [...] }.
package tfguard.aws.lambda_in_vpc

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s is not attached to a VPC", [input.address]), "path": ["vpc_config"]} if {
	not lib.unknown(["vpc_config"])
	not _attached
}

_attached if {
	some i, config in lib.list(input.change.after.vpc_config)
	_subnets(config, i)
}

_subnets(config, _) if count(lib.list(object.get(config, "subnet_ids", []))) > 0

_subnets(_, i) if object.get(input.change.after_unknown, ["vpc_config", i, "subnet_ids"], false) == true
