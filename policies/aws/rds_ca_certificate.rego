# METADATA
# title: RDS instance uses an outdated CA certificate
# description: >-
#   The rds-ca-2019 certificate authority expired in August 2024; clients
#   that verify the server certificate cannot trust an instance still on
#   it.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html
# custom:
#   id: aws-rds-ca-certificate
#   severity: medium
#   aliases: [CKV_AWS_211]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set ca_cert_identifier = "rds-ca-rsa2048-g1" (or rds-ca-rsa4096-g1,
#     rds-ca-ecc384-g1).
package tfguard.aws.rds_ca_certificate

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s uses an outdated CA certificate (ca_cert_identifier)", [input.address]), "path": ["ca_cert_identifier"]} if {
	not lib.unknown(["ca_cert_identifier"])
	not _ok
}

# The attribute is computed: left out of the configuration, it is unknown
# and RDS applies its current default, which passes.
deny contains lib.unknown_result("ca_cert_identifier", "ca_cert_identifier") if {
	lib.unknown(["ca_cert_identifier"])
	not _computed_default
}

_computed_default if {
	aws_data.has_config
	not aws_data.configured(["ca_cert_identifier"])
}

_ok if aws_data.value(["ca_cert_identifier"]) in {"rds-ca-rsa2048-g1", "rds-ca-rsa4096-g1", "rds-ca-ecc384-g1"}

# Unset, RDS picks its current default, rds-ca-rsa2048-g1.
_ok if aws_data.value(["ca_cert_identifier"]) == null
