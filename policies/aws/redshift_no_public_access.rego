# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   A publicly accessible cluster gets a public address, so only its
#   security groups stand between the data warehouse and the internet.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
# custom:
#   id: aws-redshift-no-public-access
#   severity: high
#   aliases: [CKV_AWS_87]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Set publicly_accessible = false.
package tfguard.aws.redshift_no_public_access

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set publicly_accessible = false", [input.address]), "path": ["publicly_accessible"]} if {
	not lib.unknown(["publicly_accessible"])
	not _on
}

deny contains lib.unknown_result("publicly_accessible", "publicly_accessible") if {
	lib.unknown(["publicly_accessible"])
}

# Provider versions before v6 defaulted publicly_accessible to true, so unset is not private.
_on if aws_data.value(["publicly_accessible"]) == false
