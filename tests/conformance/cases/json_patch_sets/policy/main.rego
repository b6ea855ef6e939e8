package main

import rego.v1

deny contains sprintf("%v", [json.patch({"foo": {"a", "b"}, "n": [1]}, [{"op": "remove", "path": "foo/a"}, {"op": "add", "path": "/n/-", "value": 2}])]) if true
