# METADATA
# title: Redshift cluster audit logging is off
# description: >-
#   Audit logging records connections, user changes and queries; without it
#   there is no trail of who accessed the data warehouse.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
# custom:
#   id: aws-redshift-logging
#   severity: medium
#   aliases: [CKV_AWS_71]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Add an aws_redshift_logging for the cluster (provider v5+), or logging {
#     enable = true } (earlier providers).
package tfguard.aws.redshift_logging

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Provider v5+ configures logging in aws_redshift_logging, which then
# decides; the cluster's inline block is the older way.
_separate if lib.referenced_by("aws_redshift_logging", "cluster_identifier")

deny contains {"msg": sprintf("%s has audit logging disabled", [input.address]), "path": ["logging", i, "enable"]} if {
	not _separate
	some i, block in lib.list(aws_data.value(["logging"]))
	not aws_data.unknown_at(["logging", i, "enable"])
	object.get(block, "enable", null) != true
}

# No inline block: needs the configuration to see that no aws_redshift_logging
# refers to the cluster.
deny contains {"msg": sprintf("%s has no audit logging: no aws_redshift_logging refers to it", [input.address])} if {
	is_object(lib.config_module)
	not _separate
	count(lib.list(aws_data.value(["logging"]))) == 0
	not _written_but_unknown
}

deny contains lib.unknown_result("logging", "logging") if {
	not _separate
	_written_but_unknown
}

deny contains lib.unknown_result("logging", "logging.enable") if {
	not _separate
	some i, _ in lib.list(aws_data.value(["logging"]))
	aws_data.unknown_at(["logging", i, "enable"])
}

_written_but_unknown if {
	lib.unknown(["logging"])
	aws_data.configured(["logging"])
}
