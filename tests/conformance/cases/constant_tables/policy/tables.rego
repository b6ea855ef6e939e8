package tables

import rego.v1

order := ["b", "a", [1, {"x": null, "y": true}]]

computed := count(order)
