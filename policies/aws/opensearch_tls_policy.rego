# METADATA
# title: OpenSearch domain accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; the domain endpoint should
#   require TLS 1.2 or later.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
# custom:
#   id: aws-opensearch-tls-policy
#   severity: medium
#   aliases: [AVD-AWS-0126, AWS-0126, aws-elasticsearch-use-secure-tls-policy, CKV_AWS_228]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Set domain_endpoint_options { tls_security_policy = "Policy-Min-
#     TLS-1-2-PFS-2023-10" }.
package tfguard.aws.opensearch_tls_policy

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not require TLS 1.2 (tls_security_policy)", [input.address]), "path": ["domain_endpoint_options", 0, "tls_security_policy"]} if {
	not aws_data.unknown_at(["domain_endpoint_options", 0, "tls_security_policy"])
	not _ok
}

deny contains lib.unknown_result("domain_endpoint_options", "domain_endpoint_options.tls_security_policy") if {
	aws_data.unknown_at(["domain_endpoint_options", 0, "tls_security_policy"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not require TLS 1.2 (tls_security_policy)", [input.address]), "path": ["domain_endpoint_options", 0, "tls_security_policy"]} if {
	_unwritten
}

# Without a domain_endpoint_options block, the block is computed and AWS applies its default: TLS 1.0.
_unwritten if {
	aws_data.unknown_at(["domain_endpoint_options", 0, "tls_security_policy"])
	aws_data.has_config
	not aws_data.configured(["domain_endpoint_options"])
}

# Unset, AWS picks Policy-Min-TLS-1-0-2019-07.
_ok if aws_data.value(["domain_endpoint_options", 0, "tls_security_policy"]) in {"Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"}
