# METADATA
# title: ElastiCache replication group does not encrypt traffic
# description: >-
#   Without in-transit encryption, clients and replicas exchange cache
#   data and commands in plain text.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: aws-elasticache-in-transit-encryption
#   severity: high
#   aliases: [AVD-AWS-0051, AWS-0051, aws-elasticache-enable-in-transit-encryption, CKV_AWS_30]
#   resource_types: ["aws_elasticache_replication_group"]
#   remediation: >-
#     Set transit_encryption_enabled = true.
package tfguard.aws.elasticache_in_transit_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set transit_encryption_enabled = true", [input.address]), "path": ["transit_encryption_enabled"]} if {
	not lib.unknown(["transit_encryption_enabled"])
	not _on
}

deny contains lib.unknown_result("transit_encryption_enabled", "transit_encryption_enabled") if {
	lib.unknown(["transit_encryption_enabled"])
}

# The provider default is false.
_on if aws_data.value(["transit_encryption_enabled"]) == true
