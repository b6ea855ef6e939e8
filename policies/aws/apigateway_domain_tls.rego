# METADATA
# title: API Gateway custom domain allows TLS older than 1.2
# description: >-
#   The TLS_1_0 security policy lets clients connect to the custom domain with
#   TLS 1.0 and 1.1, which have known weaknesses.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
# custom:
#   id: aws-apigateway-domain-tls
#   severity: high
#   aliases: [AVD-AWS-0005, AWS-0005, aws-apigateway-use-secure-tls-policy, CKV_AWS_206]
#   resource_types: ["aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name"]
#   remediation: >-
#     Set security_policy = "TLS_1_2" (or a SecurityPolicy_TLS13_* policy).
package tfguard.aws.apigateway_domain_tls

import data.tfguard.lib
import rego.v1

secure(policy) if policy == "TLS_1_2"

secure(policy) if regex.match(`^SecurityPolicy_TLS1[23]_`, policy)

# v1: security_policy is optional and computed; unset, AWS picks TLS_1_2 for
# new domains, so an unknown value the configuration does not write passes.
deny contains {"msg": sprintf("%s uses the security policy %s", [input.address, policy]), "path": ["security_policy"]} if {
	input.type == "aws_api_gateway_domain_name"
	policy := input.change.after.security_policy
	is_string(policy)
	not secure(policy)
}

# v2: the policy sits in domain_name_configuration.
deny contains {"msg": sprintf("%s uses the security policy %s", [input.address, policy]), "path": ["domain_name_configuration", i, "security_policy"]} if {
	input.type == "aws_apigatewayv2_domain_name"
	some i, config in lib.list(input.change.after.domain_name_configuration)
	policy := config.security_policy
	is_string(policy)
	not secure(policy)
}
