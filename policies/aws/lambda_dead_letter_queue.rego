# METADATA
# title: Lambda function has no dead-letter queue
# description: >-
#   Asynchronous invocations that keep failing are dropped after the retries
#   unless a dead-letter queue (or topic) receives them for inspection and
#   replay.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
# custom:
#   id: aws-lambda-dead-letter-queue
#   severity: low
#   aliases: [CKV_AWS_116]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set dead_letter_config { target_arn = <SQS queue or SNS topic ARN> }.
package tfguard.aws.lambda_dead_letter_queue

import data.tfguard.lib
import rego.v1

# A target_arn known only at apply comes from a queue or topic: it is set.
deny contains {"msg": sprintf("%s has no dead-letter queue", [input.address]), "path": ["dead_letter_config"]} if {
	not lib.unknown(["dead_letter_config"])
	not _configured
}

_configured if {
	some i, config in lib.list(input.change.after.dead_letter_config)
	_target(config, i)
}

_target(config, _) if not object.get(config, "target_arn", null) in {null, ""}

_target(_, i) if object.get(input.change.after_unknown, ["dead_letter_config", i, "target_arn"], false) == true
