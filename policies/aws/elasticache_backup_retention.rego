# METADATA
# title: ElastiCache Redis cluster keeps no automatic backups
# description: >-
#   With snapshot_retention_limit 0, no daily snapshot is taken and the
#   cache contents cannot be restored.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
# custom:
#   id: aws-elasticache-backup-retention
#   severity: medium
#   aliases: [AVD-AWS-0050, AWS-0050, aws-elasticache-enable-backup-retention, CKV_AWS_134]
#   resource_types: ["aws_elasticache_cluster", "aws_elasticache_replication_group"]
#   remediation: >-
#     Set snapshot_retention_limit to 1 or more days.
package tfguard.aws.elasticache_backup_retention

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s keeps no automatic backups (snapshot_retention_limit is 0)", [input.address]), "path": ["snapshot_retention_limit"]} if {
	_backs_up
	not lib.unknown(["snapshot_retention_limit"])
	not _ok
}

deny contains lib.unknown_result("snapshot_retention_limit", "snapshot_retention_limit") if {
	_backs_up
	lib.unknown(["snapshot_retention_limit"])
}

# The provider default is 0.
_ok if aws_data.value(["snapshot_retention_limit"]) > 0

# Memcached has no backups, cache.t1.micro nodes cannot take them, and a
# cluster inside a replication group follows the group's setting.
_backs_up if {
	input.type == "aws_elasticache_cluster"
	input.change.after.engine in {"redis", "valkey"}
	input.change.after.node_type != "cache.t1.micro"
	aws_data.blank(aws_data.value(["replication_group_id"]))
}

_backs_up if {
	input.type == "aws_elasticache_replication_group"
	object.get(input.change.after, "engine", "redis") in {"redis", "valkey", null}
}
