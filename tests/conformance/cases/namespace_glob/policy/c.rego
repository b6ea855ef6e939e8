package other

import rego.v1

deny contains "c" if true
