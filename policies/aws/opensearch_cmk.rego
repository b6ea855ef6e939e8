# METADATA
# title: OpenSearch domain is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the domain data follows no key
#   policy of yours; a customer-managed key lets you restrict, audit and
#   revoke its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: aws-opensearch-cmk
#   severity: low
#   aliases: [CKV_AWS_247]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Set encrypt_at_rest { enabled = true, kms_key_id = aws_kms_key.x.arn
#     }.
package tfguard.aws.opensearch_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s is not encrypted with a customer-managed KMS key", [input.address]), "path": ["encrypt_at_rest", 0, "kms_key_id"]} if {
	aws_data.key_state(["encrypt_at_rest", 0, "kms_key_id"]) == "none"
}

deny contains lib.unknown_result("encrypt_at_rest", "encrypt_at_rest.kms_key_id") if {
	aws_data.key_state(["encrypt_at_rest", 0, "kms_key_id"]) == "unknown"
}
