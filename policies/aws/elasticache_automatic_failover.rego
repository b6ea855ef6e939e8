# METADATA
# title: ElastiCache replication group has no automatic failover
# description: >-
#   Without automatic failover, losing the primary node stops writes until
#   someone promotes a replica.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html
# custom:
#   id: aws-elasticache-automatic-failover
#   severity: low
#   aliases: [CKV2_AWS_50]
#   resource_types: ["aws_elasticache_replication_group"]
#   remediation: >-
#     Set automatic_failover_enabled = true (with at least one replica)
#     and multi_az_enabled = true.
package tfguard.aws.elasticache_automatic_failover

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set automatic_failover_enabled = true", [input.address]), "path": ["automatic_failover_enabled"]} if {
	not lib.unknown(["automatic_failover_enabled"])
	not _on
}

deny contains lib.unknown_result("automatic_failover_enabled", "automatic_failover_enabled") if {
	lib.unknown(["automatic_failover_enabled"])
}

# The provider default is false.
_on if aws_data.value(["automatic_failover_enabled"]) == true
