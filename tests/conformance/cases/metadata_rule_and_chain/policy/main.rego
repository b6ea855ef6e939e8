# METADATA
# title: package title
# custom:
#   severity: low
package main

import rego.v1

# METADATA
# title: first
# description: the first
# related_resources:
# - https://example.com/first
# custom:
#   id: FIRST-1
deny contains {"msg": "one", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true

deny contains {"msg": "two", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true

# METADATA
# scope: document
# title: warnings
warn contains {"msg": "w", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true
