package lib

import rego.v1

h(x) := x - 1

q := h(5)
