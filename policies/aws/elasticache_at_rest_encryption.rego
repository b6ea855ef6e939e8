# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   Without encryption at rest, the cache data written to disk during
#   sync, swap and backups, and the backups in S3, are stored in the
#   clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
# custom:
#   id: aws-elasticache-at-rest-encryption
#   severity: high
#   aliases: [AVD-AWS-0045, AWS-0045, aws-elasticache-enable-at-rest-encryption, CKV_AWS_29]
#   resource_types: ["aws_elasticache_replication_group"]
#   remediation: >-
#     Set at_rest_encryption_enabled = true (only possible when the group
#     is created).
package tfguard.aws.elasticache_at_rest_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set at_rest_encryption_enabled = true", [input.address]), "path": ["at_rest_encryption_enabled"]} if {
	not _valkey_default
	not lib.unknown(["at_rest_encryption_enabled"])
	not _on
}

deny contains lib.unknown_result("at_rest_encryption_enabled", "at_rest_encryption_enabled") if {
	not _valkey_default
	lib.unknown(["at_rest_encryption_enabled"])
}

# Unset, Redis OSS groups are not encrypted (Valkey groups are, see _valkey_default).
_on if aws_data.value(["at_rest_encryption_enabled"]) == true

# Valkey groups are encrypted at rest unless told otherwise; the provider
# computes the attribute.
_valkey_default if {
	input.change.after.engine == "valkey"
	aws_data.value(["at_rest_encryption_enabled"]) == null
}
