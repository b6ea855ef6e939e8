# METADATA
# title: ElastiCache replication group requires no authentication
# description: >-
#   Without an AUTH token or RBAC user group, any client that reaches the
#   endpoint can run every command on the cache.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
# custom:
#   id: aws-elasticache-auth
#   severity: medium
#   aliases: [CKV_AWS_31]
#   resource_types: ["aws_elasticache_replication_group"]
#   remediation: >-
#     Set auth_token (with transit_encryption_enabled = true) or
#     user_group_ids.
package tfguard.aws.elasticache_auth

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s requires no authentication (no auth_token or user_group_ids)", [input.address]), "path": ["auth_token"]} if {
	input.change.after.transit_encryption_enabled == true
	not lib.unknown(["user_group_ids"])
	not lib.unknown(["auth_token"])
	not _ok
}

deny contains lib.unknown_result("auth_token", "auth_token") if {
	input.change.after.transit_encryption_enabled == true
	not lib.unknown(["user_group_ids"])
	lib.unknown(["auth_token"])
}

_ok if not aws_data.blank(aws_data.value(["auth_token"]))

# Role-based access control (Redis OSS 6 and later) replaces the token.
_ok if count(lib.list(aws_data.value(["user_group_ids"]))) > 0

# AUTH needs in-transit encryption; without it the in-transit check fails.
