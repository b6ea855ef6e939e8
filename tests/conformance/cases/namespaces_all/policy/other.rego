package other

import rego.v1

warn contains "other" if true
