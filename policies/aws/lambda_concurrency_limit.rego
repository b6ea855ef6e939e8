# METADATA
# title: Lambda function has no reserved concurrency limit
# description: >-
#   Without reserved_concurrent_executions a function can take the account's
#   whole concurrency pool, throttling every other function, and runaway
#   invocations have no ceiling.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
# custom:
#   id: aws-lambda-concurrency-limit
#   severity: low
#   aliases: [CKV_AWS_115]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Set reserved_concurrent_executions to the function's expected peak.
package tfguard.aws.lambda_concurrency_limit

import data.tfguard.lib
import rego.v1

# null or missing: the provider default -1, no limit.
deny contains {"msg": sprintf("%s has no reserved concurrency limit", [input.address]), "path": ["reserved_concurrent_executions"]} if {
	not lib.unknown(["reserved_concurrent_executions"])
	value := object.get(input.change.after, "reserved_concurrent_executions", null)
	value in {null, -1}
}

deny contains lib.unknown_result("reserved_concurrent_executions", "reserved_concurrent_executions") if lib.unknown(["reserved_concurrent_executions"])
