# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   AWS no longer applies security patches to a deprecated runtime, and
#   later blocks creating and updating functions that use it.
# related_resources:
# - ref: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated
# custom:
#   id: aws-lambda-deprecated-runtime
#   severity: medium
#   aliases: [CKV_AWS_363]
#   resource_types: ["aws_lambda_function"]
#   remediation: >-
#     Move the function to a supported runtime version.
package tfguard.aws.lambda_deprecated_runtime

import data.tfguard.lib
import rego.v1

# Runtimes past their AWS deprecation date (the Lambda runtimes page).
deprecated := {
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x",
	"nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"ruby2.5", "ruby2.7",
	"java8", "go1.x", "provided",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7",
}

# null runtime: a container image function, which has no managed runtime.
deny contains {"msg": sprintf("%s uses the deprecated runtime %s", [input.address, runtime]), "path": ["runtime"]} if {
	runtime := input.change.after.runtime
	runtime in deprecated
}

deny contains lib.unknown_result("runtime", "runtime") if lib.unknown(["runtime"])
