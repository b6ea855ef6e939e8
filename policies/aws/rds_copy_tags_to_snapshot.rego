# METADATA
# title: RDS instance does not copy tags to snapshots
# description: >-
#   Snapshots without the instance tags escape tag-based access control,
#   ownership and retention rules.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags
# custom:
#   id: aws-rds-copy-tags-to-snapshot
#   severity: low
#   aliases: [CKV2_AWS_60]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set copy_tags_to_snapshot = true.
package tfguard.aws.rds_copy_tags_to_snapshot

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set copy_tags_to_snapshot = true", [input.address]), "path": ["copy_tags_to_snapshot"]} if {
	not _cluster_engine
	not lib.unknown(["copy_tags_to_snapshot"])
	not _on
}

deny contains lib.unknown_result("copy_tags_to_snapshot", "copy_tags_to_snapshot") if {
	not _cluster_engine
	lib.unknown(["copy_tags_to_snapshot"])
}

# The provider default is false.
_on if aws_data.value(["copy_tags_to_snapshot"]) == true

# The engine, "" when unset (a replica takes its source's).
_engine := e if {
	e := input.change.after.engine
	is_string(e)
} else := ""

# Aurora, Neptune and DocumentDB instances take their snapshots' tags from
# the cluster.
_cluster_engine if startswith(_engine, "aurora")

_cluster_engine if _engine in {"neptune", "docdb"}
