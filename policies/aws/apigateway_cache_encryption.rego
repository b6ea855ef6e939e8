# METADATA
# title: API Gateway method settings cache responses unencrypted
# description: >-
#   With caching on and cache_data_encrypted off, cached responses, which may
#   hold personal or secret data, are stored unencrypted.
# related_resources:
# - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
# custom:
#   id: aws-apigateway-cache-encryption
#   severity: medium
#   aliases: [AVD-AWS-0002, AWS-0002, aws-apigateway-enable-cache-encryption, CKV_AWS_308]
#   resource_types: ["aws_api_gateway_method_settings"]
#   remediation: >-
#     Set settings { cache_data_encrypted = true } where caching_enabled is true.
package tfguard.aws.apigateway_cache_encryption

import data.tfguard.lib
import rego.v1

# cache_data_encrypted is optional and computed (false when unset); an
# unknown value is decided at apply.
deny contains {"msg": sprintf("%s caches responses without encryption", [input.address]), "path": ["settings", i, "cache_data_encrypted"]} if {
	some i, settings in lib.list(input.change.after.settings)
	settings.caching_enabled == true
	not object.get(input.change.after_unknown, ["settings", i, "cache_data_encrypted"], false) == true
	not object.get(settings, "cache_data_encrypted", null) == true
}

deny contains {"msg": sprintf("%s: settings[%d].cache_data_encrypted is not known until apply", [input.address, i]), "path": ["settings", i, "cache_data_encrypted"], "unknown": true} if {
	some i, settings in lib.list(input.change.after.settings)
	settings.caching_enabled == true
	object.get(input.change.after_unknown, ["settings", i, "cache_data_encrypted"], false) == true
}
