package main

import rego.v1

# METADATA
# authors:
# - Ops <ops@example.com>
deny contains {"msg": "m", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true
