# METADATA
# title: S3 lifecycle configuration does not abort incomplete multipart uploads
# description: >-
#   Parts of uploads that never complete stay in the bucket, invisible in
#   listings and billed, until a lifecycle rule aborts them.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html
# custom:
#   id: aws-s3-abort-incomplete-multipart-upload
#   severity: low
#   aliases: [CKV_AWS_300]
#   resource_types: ["aws_s3_bucket_lifecycle_configuration"]
#   remediation: >-
#     Add an enabled rule that applies to the whole bucket (empty filter) with
#     abort_incomplete_multipart_upload { days_after_initiation = 7 }.
package tfguard.aws.s3_abort_incomplete_multipart_upload

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s has no enabled whole-bucket rule that aborts incomplete multipart uploads", [input.address]), "path": ["rule"]} if {
	not lib.unknown(["rule"])
	not _aborts
	not _undecided
}

deny contains lib.unknown_result("rule", "rule") if {
	not _aborts
	_undecided
}

_aborts if {
	some rule in lib.list(aws_data.value(["rule"]))
	rule.status == "Enabled"
	some abort in lib.list(rule.abort_incomplete_multipart_upload)
	is_number(abort.days_after_initiation)
	_whole_bucket(rule)
}

# A rule's status, filter or abort block computed at apply leaves the
# answer open.
_undecided if lib.unknown(["rule"])

_undecided if {
	some i, _ in lib.list(aws_data.value(["rule"]))
	some key in ["status", "filter", "abort_incomplete_multipart_upload"]
	aws_data.unknown_at(["rule", i, key])
}

# A prefix, tag or object size narrows the rule to part of the bucket.
_whole_bucket(rule) if {
	aws_data.blank(object.get(rule, "prefix", null))
	every filter in lib.list(object.get(rule, "filter", [])) {
		_empty_filter(filter)
	}
}

_empty_filter(filter) if {
	_no_narrowing(filter)
	every both in lib.list(object.get(filter, "and", [])) {
		_no_narrowing(both)
		count(lib.as_object(object.get(both, "tags", null))) == 0
	}
}

_no_narrowing(filter) if {
	aws_data.blank(object.get(filter, "prefix", null))
	count(lib.list(object.get(filter, "tag", []))) == 0
	object.get(filter, "object_size_greater_than", null) in {null, 0, ""}
	object.get(filter, "object_size_less_than", null) in {null, 0, ""}
}
