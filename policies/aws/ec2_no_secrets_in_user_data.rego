# METADATA
# title: User data contains what looks like an AWS secret
# description: >-
#   User data is readable by anyone who can describe the instance or reach its
#   metadata service; credentials do not belong there.
# related_resources:
# - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html
# custom:
#   id: aws-ec2-no-secrets-in-user-data
#   severity: critical
#   aliases: [AVD-AWS-0029, AWS-0029, aws-ec2-no-secrets-in-user-data, CKV_AWS_46, AVD-AWS-0129, AWS-0129, aws-ec2-no-secrets-in-launch-template-user-data]
#   resource_types: ["aws_instance", "aws_launch_template", "aws_launch_configuration"]
#   remediation: >-
#     Give the instance an IAM role, and read other secrets from Secrets
#     Manager or SSM Parameter Store at boot.
package tfguard.aws.ec2_no_secrets_in_user_data

import rego.v1

# aws_instance keeps user_data as a hash in plans; user_data_base64 and
# launch templates carry the text (base64). Each text keeps the attribute it
# came from, so a finding points at it.
texts contains {"key": "user_data", "text": text} if {
	text := input.change.after.user_data
	is_string(text)
	not regex.match(`^[0-9a-f]{40}$`, text)
	not base64.is_valid(text)
}

texts contains {"key": key, "text": base64.decode(text)} if {
	some key in ["user_data", "user_data_base64"]
	text := input.change.after[key]
	is_string(text)
	base64.is_valid(text)
}

patterns := {
	"an AWS access key id": `(A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}`,
	"an AWS secret access key": `(?i)aws_secret_access_key\s*[=:]`,
}

deny contains {"msg": sprintf("%s user data contains %s", [input.address, name]), "path": [entry.key]} if {
	some entry in texts
	some name, pattern in patterns
	regex.match(pattern, entry.text)
}
