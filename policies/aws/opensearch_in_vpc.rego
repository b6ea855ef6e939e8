# METADATA
# title: OpenSearch domain is not in a VPC
# description: >-
#   A domain outside a VPC has a public endpoint, guarded only by its
#   access policy; inside a VPC, security groups and private networking
#   restrict who can reach it.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html
# custom:
#   id: aws-opensearch-in-vpc
#   severity: medium
#   aliases: [CKV_AWS_137]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Add vpc_options { subnet_ids = [...], security_group_ids = [...] }.
package tfguard.aws.opensearch_in_vpc

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s has a public endpoint (no vpc_options)", [input.address]), "path": ["vpc_options"]} if {
	not lib.unknown(["vpc_options"])
	not _ok
}

deny contains lib.unknown_result("vpc_options", "vpc_options") if {
	lib.unknown(["vpc_options"])
}

_ok if count(lib.list(aws_data.value(["vpc_options"]))) > 0
