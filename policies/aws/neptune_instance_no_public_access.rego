# METADATA
# title: Neptune instance is publicly accessible
# description: >-
#   A publicly accessible Neptune instance can be reached from the
#   internet, guarded only by its security groups.
# related_resources:
# - ref: https://docs.aws.amazon.com/neptune/latest/userguide/security-vpc.html
# custom:
#   id: aws-neptune-instance-no-public-access
#   severity: high
#   aliases: [CKV_AWS_102]
#   resource_types: ["aws_neptune_cluster_instance"]
#   remediation: >-
#     Set publicly_accessible = false (the default).
package tfguard.aws.neptune_instance_no_public_access

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "path": ["publicly_accessible"]} if {
	not lib.unknown(["publicly_accessible"])
	not _on
}

deny contains lib.unknown_result("publicly_accessible", "publicly_accessible") if {
	lib.unknown(["publicly_accessible"])
}

_on if aws_data.value(["publicly_accessible"]) == false

# Unset, the provider default is false.
_on if aws_data.value(["publicly_accessible"]) == null
