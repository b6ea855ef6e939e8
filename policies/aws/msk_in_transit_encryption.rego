# METADATA
# title: MSK cluster allows plaintext traffic
# description: >-
#   With client_broker PLAINTEXT or TLS_PLAINTEXT, or in_cluster false,
#   Kafka records cross the network unencrypted between clients and brokers
#   or between brokers.
# related_resources:
# - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
# custom:
#   id: aws-msk-in-transit-encryption
#   severity: high
#   aliases: [AVD-AWS-0073, AWS-0073, aws-msk-enable-in-transit-encryption, CKV_AWS_81]
#   resource_types: ["aws_msk_cluster"]
#   remediation: >-
#     Set encryption_info { encryption_in_transit { client_broker = "TLS",
#     in_cluster = true } } (the defaults).
package tfguard.aws.msk_in_transit_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Unset, client_broker is TLS and in_cluster true, and MSK always encrypts
# at rest, so a missing encryption_info block passes.
_transit := [["encryption_info", i, "encryption_in_transit", j] |
	some i, info in lib.list(aws_data.value(["encryption_info"]))
	some j, _ in lib.list(object.get(info, "encryption_in_transit", []))
]

deny contains {"msg": sprintf("%s allows plaintext between clients and brokers (client_broker %v)", [input.address, mode]), "path": array.concat(path, ["client_broker"])} if {
	some path in _transit
	mode := aws_data.value(array.concat(path, ["client_broker"]))
	mode in {"PLAINTEXT", "TLS_PLAINTEXT"}
}

deny contains {"msg": sprintf("%s does not encrypt traffic between brokers (in_cluster = false)", [input.address]), "path": array.concat(path, ["in_cluster"])} if {
	some path in _transit
	aws_data.value(array.concat(path, ["in_cluster"])) == false
}

deny contains lib.unknown_result("encryption_info", "encryption_in_transit") if {
	some path in _transit
	some key in ["client_broker", "in_cluster"]
	aws_data.unknown_at(array.concat(path, [key]))
}
