# Helpers shared by the built-in checks. Not a check itself: it has no
# deny/warn rules, so tfguard never reports from this package.
package tfguard.lib

import rego.v1

# unknown(path) is true when Terraform only learns the attribute at apply time.
# A check must not read such an attribute as absent.
unknown(path) if object.get(input.change.after_unknown, path, false) == true

# is_true(x) is strictly the boolean true, so a null or missing value is not.
is_true(x) if x == true

# list(x) is x when it is an array, else empty: Terraform writes null for
# unset list attributes, and iterating null is an error in regorus.
list(x) := x if is_array(x)

list(x) := [] if not is_array(x)
