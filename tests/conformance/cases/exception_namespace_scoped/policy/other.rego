package other

import rego.v1

deny_a contains "a" if true

exception contains ["a"] if true
