# METADATA
# title: RDS cluster does not copy tags to snapshots
# description: >-
#   Snapshots without the cluster tags escape tag-based access control,
#   ownership and retention rules.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags
# custom:
#   id: aws-rds-cluster-copy-tags-to-snapshot
#   severity: low
#   aliases: [CKV_AWS_313]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     Set copy_tags_to_snapshot = true.
package tfguard.aws.rds_cluster_copy_tags_to_snapshot

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set copy_tags_to_snapshot = true", [input.address]), "path": ["copy_tags_to_snapshot"]} if {
	not lib.unknown(["copy_tags_to_snapshot"])
	not _on
}

deny contains lib.unknown_result("copy_tags_to_snapshot", "copy_tags_to_snapshot") if {
	lib.unknown(["copy_tags_to_snapshot"])
}

# The provider default is false.
_on if aws_data.value(["copy_tags_to_snapshot"]) == true
