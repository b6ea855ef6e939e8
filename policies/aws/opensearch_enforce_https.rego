# METADATA
# title: OpenSearch domain does not require HTTPS
# description: >-
#   A domain that accepts plain HTTP lets credentials, queries and
#   documents cross the network unencrypted.
# related_resources:
# - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
# custom:
#   id: aws-opensearch-enforce-https
#   severity: high
#   aliases: [AVD-AWS-0046, AWS-0046, aws-elasticsearch-enforce-https, CKV_AWS_83]
#   resource_types: ["aws_elasticsearch_domain", "aws_opensearch_domain"]
#   remediation: >-
#     Set domain_endpoint_options { enforce_https = true }.
package tfguard.aws.opensearch_enforce_https

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set domain_endpoint_options.enforce_https = true", [input.address]), "path": ["domain_endpoint_options", 0, "enforce_https"]} if {
	not aws_data.unknown_at(["domain_endpoint_options", 0, "enforce_https"])
	not _on
}

deny contains lib.unknown_result("domain_endpoint_options", "domain_endpoint_options.enforce_https") if {
	aws_data.unknown_at(["domain_endpoint_options", 0, "enforce_https"])
	not _unwritten
}

deny contains {"msg": sprintf("%s does not set domain_endpoint_options.enforce_https = true", [input.address]), "path": ["domain_endpoint_options", 0, "enforce_https"]} if {
	_unwritten
}

# Without a domain_endpoint_options block, the block is computed and AWS applies its default: HTTP allowed.
_unwritten if {
	aws_data.unknown_at(["domain_endpoint_options", 0, "enforce_https"])
	aws_data.has_config
	not aws_data.configured(["domain_endpoint_options"])
}

_on if aws_data.value(["domain_endpoint_options", 0, "enforce_https"]) == true

# Unset inside the block, the provider default is true.
_on if {
	some block in lib.list(aws_data.value(["domain_endpoint_options"]))
	object.get(block, "enforce_https", null) == null
}
