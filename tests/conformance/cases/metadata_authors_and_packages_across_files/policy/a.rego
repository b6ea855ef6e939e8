# METADATA
# description: the package
# authors:
# - Jane Doe <jane@example.com>
# - The Team
package main

import rego.v1

x := 1
