# METADATA
# title: EC2 instance does not require IMDSv2
# description: >-
#   IMDSv1 answers unauthenticated requests, so a server-side request forgery
#   can steal the instance's credentials.
# related_resources:
# - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
# custom:
#   id: aws-ec2-imdsv2
#   severity: high
#   aliases: [AVD-AWS-0028, AWS-0028, aws-ec2-enforce-http-token-imds, CKV_AWS_79]
#   resource_types: ["aws_instance"]
#   remediation: >-
#     Set metadata_options { http_tokens = "required" } (or turn the endpoint
#     off).
package tfguard.aws.ec2_imdsv2

import data.tfguard.lib
import rego.v1

# http_tokens is computed when not written (the AMI may require IMDSv2), so
# an unknown http_tokens or endpoint is reported as unknown, not failing.
deny contains {"msg": sprintf("%s does not require IMDSv2 session tokens", [input.address]), "path": ["metadata_options"]} if {
	not unknown
	options := lib.list(object.get(input.change.after, "metadata_options", null))
	not imdsv2(options)
}

deny contains lib.unknown_result("metadata_options", "metadata_options (the IMDS settings)") if {
	unknown
	not imdsv2(lib.list(object.get(input.change.after, "metadata_options", null)))
}

unknown if lib.unknown(["metadata_options"])

unknown if lib.unknown(["metadata_options", 0, "http_tokens"])

unknown if lib.unknown(["metadata_options", 0, "http_endpoint"])

imdsv2(options) if options[0].http_tokens == "required"

imdsv2(options) if options[0].http_endpoint == "disabled"
