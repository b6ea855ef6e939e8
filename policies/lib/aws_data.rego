# Helpers shared by the AWS storage and database checks. Not a check itself:
# it has no deny/warn rules.
package tfguard.lib.aws_data

import data.tfguard.lib
import rego.v1

# value(path): the planned value at path in change.after (null when absent).
value(path) := object.get(input.change.after, path, null)

# unknown_at(path): the value at path, or a block that contains it, is only
# known at apply.
unknown_at(path) if {
	some n in numbers.range(1, count(path))
	object.get(input.change.after_unknown, array.slice(path, 0, n), false) == true
}

# config_resource: this resource's block in the configuration (expressions
# and references, no values); undefined without a configuration.
config_resource := resource if {
	some resource in lib.list(lib.config_module.resources)
	resource.type == input.type
	resource.name == input.name
	object.get(resource, "mode", "managed") == "managed"
}

# configured(path): the configuration writes an expression for path
# (["kms_key_id"], or ["encrypt_at_rest", 0, "kms_key_id"] inside a block).
configured(path) if {
	expression := object.get(config_resource.expressions, path, null)
	expression != null
	not _null_constant(expression)
}

# `kms_key_id = null` written out: unset, so the provider computes it.
_null_constant(expression) if {
	is_object(expression)
	expression.constant_value == null
}

# has_config: the plan carries this resource's configuration.
has_config if is_object(config_resource)

# blank(x): null, missing or the empty string.
blank(x) if x == null

blank(x) if x == ""

# aws_managed_key(key): an AWS managed key alias (alias/aws/rds) or its ARN
# form, which is no customer-managed key.
aws_managed_key(key) if {
	is_string(key)
	regex.match(`(^|:)alias/aws/`, key)
}

# key_state(path): "customer" when a customer-managed key is (or, from the
# configuration, will be) set at path; "none" when no key or an AWS managed
# one is; "unknown" when only the apply can tell.
#
# Many key attributes are optional and computed: left unset, the plan shows
# them unknown and AWS fills in its managed key. The configuration tells
# the two apart: an unknown value the configuration writes (a reference to
# an aws_kms_key) is the user's key.
key_state(path) := "customer" if {
	not unknown_at(path)
	key := value(path)
	not blank(key)
	not aws_managed_key(key)
} else := "none" if {
	not unknown_at(path)
} else := "customer" if {
	configured(path)
} else := "none" if {
	has_config
} else := "unknown"

# written_state(path): "set" when the attribute has a non-empty value or,
# unknown, the configuration writes it; "unset" when it is empty, or unknown
# and left for the provider to compute; "unknown" without a configuration.
written_state(path) := "set" if {
	not unknown_at(path)
	not blank(value(path))
} else := "unset" if {
	not unknown_at(path)
} else := "set" if {
	configured(path)
} else := "unset" if {
	has_config
} else := "unknown"

# Policy documents -------------------------------------------------------

# public_statements(policy): the Allow statements of a JSON policy document
# whose principal is everyone ("*" or {"AWS": "*"}) and that no condition
# narrows.
public_statements(policy) := {s |
	is_string(policy)
	json.is_valid(policy)
	doc := json.unmarshal(policy)
	some s in _statements(doc)
	is_object(s)
	object.get(s, "Effect", "") == "Allow"
	_everyone(object.get(s, "Principal", null))
	count(object.keys(lib.as_object(object.get(s, "Condition", null)))) == 0
}

_statements(doc) := doc.Statement if {
	is_array(doc.Statement)
} else := [doc.Statement] if {
	is_object(doc.Statement)
} else := []

_everyone(x) if x == "*"

_everyone(principal) if {
	is_object(principal)
	some id in _as_array(object.get(principal, "AWS", []))
	id == "*"
}

_as_array(x) := x if is_array(x)

_as_array(x) := [x] if not is_array(x)

# S3 default encryption --------------------------------------------------

# s3_sse_defaults: one entry per apply_server_side_encryption_by_default
# block, from aws_s3_bucket_server_side_encryption_configuration (provider
# v4+) or the inline server_side_encryption_configuration of aws_s3_bucket
# (v3): {algorithm, key, path} with path pointing at the block.
s3_sse_defaults contains {"algorithm": value(array.concat(path, ["sse_algorithm"])), "key": value(array.concat(path, ["kms_master_key_id"])), "path": path} if {
	input.type == "aws_s3_bucket_server_side_encryption_configuration"
	some i, rule in lib.list(input.change.after.rule)
	some j, _ in lib.list(rule.apply_server_side_encryption_by_default)
	path := ["rule", i, "apply_server_side_encryption_by_default", j]
}

s3_sse_defaults contains {"algorithm": value(array.concat(path, ["sse_algorithm"])), "key": value(array.concat(path, ["kms_master_key_id"])), "path": path} if {
	input.type == "aws_s3_bucket"
	some c, config in lib.list(input.change.after.server_side_encryption_configuration)
	some i, rule in lib.list(config.rule)
	some j, _ in lib.list(rule.apply_server_side_encryption_by_default)
	path := ["server_side_encryption_configuration", c, "rule", i, "apply_server_side_encryption_by_default", j]
}

s3_kms_algorithms := {"aws:kms", "aws:kms:dsse"}

# s3_separate_sse: an aws_s3_bucket_server_side_encryption_configuration
# refers to this bucket, so it (checked on its own) decides the encryption;
# the bucket's computed inline copy only mirrors the state before apply.
s3_separate_sse if lib.referenced_by("aws_s3_bucket_server_side_encryption_configuration", "bucket")

# s3_no_default_configuration: the bucket has no default encryption
# configuration of its own, so S3 applies SSE-S3 (AES256), the default for
# every bucket since January 2023. Needs the configuration to see that no
# separate resource refers to the bucket.
s3_no_default_configuration if {
	input.type == "aws_s3_bucket"
	is_object(lib.config_module)
	not s3_separate_sse
	count(s3_sse_defaults) == 0
}
