package lib.helpers

import rego.v1

name(rc) := sprintf("%s replaced", [rc.address])

replaced(rc) if rc.change.actions == ["delete", "create"]
