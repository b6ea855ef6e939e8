#!/usr/bin/env python3
"""Generates the conformance cases and their expected results from real OPA.

Each case is a set of Conftest policies (and data) run on a real plan. The
expected `tfguard test -o json` result is computed with OPA's Go engine,
following Conftest's algorithm (policy/engine.go: rule discovery by name,
exception queries, success counting) and its JSON output shape.

OPA comes from the PyPI wheel `opa-golib-python-bindings` (tagged for Python
3.14; its ctypes bridge works under 3.11 when unpacked by hand):

    pip download --no-deps --only-binary=:all: --python-version 3.14 \\
        --platform manylinux_2_34_x86_64 opa-golib-python-bindings -d /tmp/opa
    python3 -m zipfile -e /tmp/opa/*.whl /tmp/opa/x
    OPA_BINDINGS=/tmp/opa/x python3 tests/conformance/generate.py

The bridge parses Rego v1 only: v0 cases carry a v1 translation
(`policy_v1/`) that OPA evaluates, while tfguard runs the v0 files with
`--rego-version v0`. Writes tests/conformance/cases/<name>/.
"""
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.environ.get("OPA_BINDINGS", "/tmp/opa/x"))
from opa_bindings import OpaEngine, OpaError, OpaUndefinedError  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLANS = {
    "lifecycle": "fixtures/terraform/lifecycle/plan.json",
    "aws": "fixtures/plans/aws-starter.json",
    "sources": "fixtures/terraform/sources/plan.json",
}
FAILURE = re.compile(r"^(deny|violation)(_[a-zA-Z0-9]+)*$")
WARNING = re.compile(r"^warn(_[a-zA-Z0-9]+)*$")
HEAD = re.compile(r"^(default\s+)?([a-zA-Z_][a-zA-Z0-9_]*)\b", re.M)

V1 = "import rego.v1\n\n"

CASES = {}


def case(name, policies, plan="lifecycle", data=None, args=None, v1=None):
    CASES[name] = dict(policies=policies, plan=plan, data=data, args=args or [], v1=v1)


case("deny_strings", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%s is replaced", [rc.address]) if {\n\tsome rc in input.resource_changes\n\trc.change.actions == ["delete", "create"]\n}\n'})
case("deny_objects_metadata", {"main.rego": "package main\n\n" + V1 + 'deny contains {"msg": sprintf("%s changes", [rc.address]), "kind": rc.type, "n": 1} if {\n\tsome rc in input.resource_changes\n\t"update" in rc.change.actions\n}\n'})
case("loc_field", {"main.rego": "package main\n\n" + V1 + 'deny contains {"msg": "located", "_loc": {"file": "main.tf", "line": 12}} if true\n'})
case("warn_rules", {"main.rego": "package main\n\n" + V1 + 'warn contains rc.address if {\n\tsome rc in input.resource_changes\n\t"no-op" in rc.change.actions\n}\n'})
case("violation_rules", {"main.rego": "package main\n\n" + V1 + 'violation contains {"msg": "big plan"} if count(input.resource_changes) > 10\n'})
case("suffixed_rules", {"main.rego": "package main\n\n" + V1 + 'deny_deletes contains rc.address if {\n\tsome rc in input.resource_changes\n\t"delete" in rc.change.actions\n}\n\nwarn_creates contains rc.address if {\n\tsome rc in input.resource_changes\n\trc.change.actions == ["create"]\n}\n\nviolation_x_y contains "x" if false\n'})
case("several_definitions", {"main.rego": "package main\n\n" + V1 + 'deny contains "one" if input.format_version == "1.2"\n\ndeny contains "two" if false\n\ndeny contains "three" if false\n\nwarn contains "w" if false\n'})
case("no_rules_fire", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if false\n\nwarn contains "y" if false\n'})
case("exceptions_suffixed", {"main.rego": "package main\n\n" + V1 + 'deny_replace contains "replaced" if true\n\ndeny_other contains "other" if true\n\nexception contains rules if {\n\trules := ["replace"]\n}\n'})
case("exceptions_bare_and_unused", {"main.rego": "package main\n\n" + V1 + 'deny contains "d" if true\n\nwarn_quiet contains "q" if false\n\nexception contains rules if {\n\trules := ["deny", "quiet"]\n}\n'})
case("exception_twice", {"main.rego": "package main\n\n" + V1 + 'deny_x contains "x" if true\n\nexception contains ["x"] if true\n\nexception contains ["x", "y"] if true\n'})
case("namespaces_all", {"main.rego": "package main\n\n" + V1 + 'deny contains "main" if true\n', "other.rego": "package other\n\n" + V1 + 'warn contains "other" if true\n', "deep.rego": "package team.infra\n\n" + V1 + 'deny contains "deep" if true\n'}, args=["--all-namespaces"])
case("namespace_glob", {"a.rego": "package team.a\n\n" + V1 + 'deny contains "a" if true\n', "b.rego": "package team.b\n\n" + V1 + 'deny contains "b" if true\n', "c.rego": "package other\n\n" + V1 + 'deny contains "c" if true\n'}, args=["-n", "team.*"])
case("data_file", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%d changes over %d", [n, data.limits.max]) if {\n\tn := count(input.resource_changes)\n\tn > data.limits.max\n}\n'}, data={"limits": {"max": 5}})
case("conftest_file_data", {"main.rego": "package main\n\n" + V1 + 'warn contains data.conftest.file.name if true\n'})
case("sets_and_comprehensions", {"main.rego": "package main\n\n" + V1 + 'types := {rc.type | some rc in input.resource_changes}\n\naddrs := [rc.address | some rc in input.resource_changes; startswith(rc.address, "module.")]\n\ndeny contains sprintf("%d types, %d module resources", [count(types), count(addrs)]) if true\n'})
case("some_and_every", {"main.rego": "package main\n\n" + V1 + 'deny contains "all managed" if {\n\tevery rc in input.resource_changes {\n\t\trc.mode == "managed"\n\t}\n}\n\nwarn contains rc.address if {\n\tsome i, rc in input.resource_changes\n\ti < 2\n}\n'})
case("string_builtins", {"main.rego": "package main\n\n" + V1 + 'deny contains msg if {\n\tsome rc in input.resource_changes\n\tcontains(rc.address, "subnet")\n\tparts := split(rc.address, ".")\n\tmsg := concat("/", [upper(parts[0]), trim(rc.name, "s"), replace(rc.type, "_", "-")])\n}\n'})
case("json_builtins", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%s: %v", [rc.address, doc.Statement[0].Action]) if {\n\tsome rc in input.resource_changes\n\tis_string(rc.change.after.policy)\n\tdoc := json.unmarshal(rc.change.after.policy)\n}\n'}, plan="aws")
case("unknown_values", {"main.rego": "package main\n\n" + V1 + 'warn contains sprintf("%s: %s unknown", [rc.address, key]) if {\n\tsome rc in input.resource_changes\n\tsome key, v in rc.change.after_unknown\n\tv == true\n\tnot startswith(key, "id")\n}\n'})
case("regex_and_net", {"main.rego": "package main\n\n" + V1 + 'deny contains rc.address if {\n\tsome rc in input.resource_changes\n\tregex.match(`^aws_(s3|iam)`, rc.type)\n}\n\nwarn contains "cidr" if net.cidr_contains("10.0.0.0/8", "10.1.2.3")\n'}, plan="aws")
case("object_and_numbers", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%v %v %v", [object.get(input, "format_version", "?"), 7 / 2, round(2.5)]) if true\n'})
case("metadata_values", {"main.rego": "package main\n\n" + V1 + 'deny contains {"msg": "m", "list": [1, "two", true], "nested": {"b": 2, "a": 1}, "html": "<b>&</b>"} if true\n'})
case("helper_functions", {"main.rego": "package main\n\n" + V1 + 'is_replace(rc) if rc.change.actions == ["delete", "create"]\n\nis_replace(rc) if rc.change.actions == ["create", "delete"]\n\ndeny contains rc.address if {\n\tsome rc in input.resource_changes\n\tis_replace(rc)\n}\n'})
case("multiple_files_one_package", {"a.rego": "package main\n\n" + V1 + 'deny contains "from a" if true\n', "b.rego": "package main\n\n" + V1 + 'deny contains "from b" if true\n\nwarn contains "w" if true\n'})
case("modules_and_keys", {"main.rego": "package main\n\n" + V1 + 'warn contains rc.address if {\n\tsome rc in input.resource_changes\n\trc.index == "a"\n}\n\ndeny contains rc.module_address if {\n\tsome rc in input.resource_changes\n\tis_number(rc.index)\n\trc.module_address\n}\n'}, plan="sources")
case("default_rule", {"main.rego": "package main\n\n" + V1 + 'default limit := 3\n\ndeny contains "too many" if count(input.resource_changes) > limit\n'})

# Literal tables of 100 scalars or more: the front end serves them from a data document
# (`hoist_constants`); references, iteration, `with`, a package read as a
# whole, imports and multi-byte text must all answer as OPA does.
case("constant_tables", {
    "main.rego": "package main\n\n" + V1 + "import data.tables\n\n" + 'allowed_types := {\n\t"null_resource",\n\t"aws_instance",\n' + "".join(f'\t"type_{i}",\n' for i in range(120)) + '}\n\nlimits := {"terraform_data": 2, "aws_instance": 1}\n\nnames := {"é": "accent", "ü": "umlaut", "rest": [' + ", ".join(str(i) for i in range(100)) + ']}\n\n'
    + 'deny contains sprintf("%s is not allowed", [rc.address]) if {\n\tsome rc in input.resource_changes\n\tnot rc.type in allowed_types\n\trc.type != "terraform_data"\n}\n\n'
    + 'deny contains sprintf("%d %s over %d", [n, type, max]) if {\n\tsome type, max in limits\n\tn := count([rc | some rc in input.resource_changes; rc.type == type])\n\tn > max\n}\n\n'
    + 'warn contains sprintf("é is %s, tables: %v", [names["é"], tables.order]) if true\n\n'
    + 'warn contains sprintf("lib: %v", [data.tables]) if true\n\n'
    + 'warn contains "allowed replaced" if {\n\tcount(data.main.allowed_types) == 0 with data.main.allowed_types as set()\n}\n\n'
    + 'warn contains "limits replaced" if {\n\tdata.main.limits.terraform_data == 0 with data.main.limits as {"terraform_data": 0}\n}\n',
    "tables.rego": "package tables\n\n" + V1 + 'order := ["b", "a", [1, {"x": null, "y": true}], [' + ", ".join(f'"o{i}"' for i in range(100)) + ']]\n\ncomputed := count(order)\n',
})
case("v0_deny", {"main.rego": 'package main\n\ndeny[msg] {\n\trc := input.resource_changes[_]\n\trc.change.actions[_] == "delete"\n\tmsg := sprintf("%s deleted", [rc.address])\n}\n\nwarn[msg] {\n\tcount(input.resource_changes) > 1\n\tmsg := "many"\n}\n'},
     args=["--rego-version", "v0"],
     v1={"main.rego": "package main\n\n" + V1 + 'deny contains msg if {\n\trc := input.resource_changes[_]\n\trc.change.actions[_] == "delete"\n\tmsg := sprintf("%s deleted", [rc.address])\n}\n\nwarn contains msg if {\n\tcount(input.resource_changes) > 1\n\tmsg := "many"\n}\n'})
case("v0_objects_and_exceptions", {"main.rego": 'package main\n\nviolation_public[{"msg": msg, "sev": "high"}] {\n\trc := input.resource_changes[_]\n\trc.change.after.input.public == true\n\tmsg := rc.address\n}\n\ndeny_noise[msg] {\n\tmsg := "noise"\n}\n\nexception[rules] {\n\trules := ["noise"]\n}\n'},
     args=["--rego-version", "v0"],
     v1={"main.rego": "package main\n\n" + V1 + 'violation_public contains {"msg": msg, "sev": "high"} if {\n\trc := input.resource_changes[_]\n\trc.change.after.input.public == true\n\tmsg := rc.address\n}\n\ndeny_noise contains msg if {\n\tmsg := "noise"\n}\n\nexception contains rules if {\n\trules := ["noise"]\n}\n'})
case("v0_some_keyword", {"main.rego": 'package main\n\ndeny[msg] {\n\tsome i\n\trc := input.resource_changes[i]\n\ti == 0\n\tmsg := rc.address\n}\n'},
     args=["--rego-version", "v0"],
     v1={"main.rego": "package main\n\n" + V1 + 'deny contains msg if {\n\tsome i\n\trc := input.resource_changes[i]\n\ti == 0\n\tmsg := rc.address\n}\n'})
case("deny_and_warn_same_resources", {"main.rego": "package main\n\n" + V1 + 'deny contains rc.address if {\n\tsome rc in input.resource_changes\n\trc.change.after.input.public == true\n}\n\nwarn contains rc.address if {\n\tsome rc in input.resource_changes\n\trc.change.after.input.acl == "public-read"\n}\n'}, plan="sources")
case("aws_security_groups", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%s opens %v", [rc.address, rule.from_port]) if {\n\tsome rc in input.resource_changes\n\trc.type == "aws_security_group"\n\tsome rule in rc.change.after.ingress\n\t"0.0.0.0/0" in rule.cidr_blocks\n}\n'}, plan="aws")
case("sensitive_masks", {"main.rego": "package main\n\n" + V1 + 'warn contains sprintf("%s has sensitive %s", [rc.address, key]) if {\n\tsome rc in input.resource_changes\n\tsome key, v in rc.change.after_sensitive\n\tv == true\n}\n'}, plan="aws")
case("array_builtins", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%v", [array.slice(sort([rc.type | some rc in input.resource_changes]), 0, 2)]) if true\n\nwarn contains sprintf("%v", [array.concat([1], [2])]) if true\n'})
case("sets_operations", {"main.rego": "package main\n\n" + V1 + 'a := {rc.type | some rc in input.resource_changes}\n\nb := {"terraform_data", "aws_instance"}\n\ndeny contains sprintf("%v %v", [a & b, b - a]) if true\n'})
case("numbers_compare", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%d resources", [n]) if {\n\tn := count(input.resource_changes)\n\tn >= 13\n\tn <= 13\n}\n'})
case("undefined_references", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if input.nope.deeper == 1\n\nwarn contains "y" if not input.nope\n'})
case("with_keyword", {"main.rego": "package main\n\n" + V1 + 'fmt := input.format_version\n\ndeny contains v if {\n\tv := fmt with input as {"format_version": "9"}\n}\n'})
case("print_free_rules", {"main.rego": "package main\n\n" + V1 + 'deny contains "d" if {\n\tx := 1\n\tx == 1\n}\n'})
case("time_free_builtins", {"main.rego": "package main\n\n" + V1 + 'deny contains base64.encode("tfguard") if true\n\nwarn contains hex.encode("ab") if true\n'})
case("print_iteration", {"main.rego": "package main\n\n" + V1 + 'deny contains rc.address if {\n\tsome rc in input.resource_changes\n\tprint("checking", rc.address, rc.change.actions)\n\t"delete" in rc.change.actions\n}\n'})
case("print_values", {"main.rego": "package main\n\n" + V1 + 'warn contains "printed" if {\n\tprint("values:", 1, 2.5, true, null, [1, "a"], {"k": "v", "a": 1}, {2, 1}, input.nope)\n}\n'})
case("print_helpers_and_exceptions", {"main.rego": "package main\n\n" + V1 + 'big(rc) if {\n\tprint("helper", rc.type)\n\tcount(rc.change.actions) > 1\n}\n\ndeny_big contains rc.address if {\n\tsome rc in input.resource_changes\n\tbig(rc)\n}\n\nwarn contains "w" if true\n\nexception contains rules if {\n\tprint("exception checked")\n\trules := ["nothing"]\n}\n'})
case("function_shadows_deprecated_builtin", {"main.rego": "package main\n\n" + V1 + 'any(xs) if {\n\tsome x in xs\n\tx\n}\n\ndeny contains "any" if any([false, true])\n'})
case("bracket_import", {"main.rego": "package main\n\n" + V1 + 'import data.limits["max"]\n\ndeny contains "over" if count(input.resource_changes) > max\n'}, data={"limits": {"max": 5}})
# Divergences of regorus from OPA that the front end (src/rego/) fixes, one each.
case("some_in_scalar", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%s iterates", [rc.address]) if {\n\tsome rc in input.resource_changes\n\tsome x in object.get(rc.change, "after", {})\n\tis_string(x)\n}\n\nwarn contains "none" if {\n\tsome y in input.format_version\n}\n'})
case("not_with_undefined_operand", {"main.rego": "package main\n\n" + V1 + 'deny contains "endswith" if not endswith(input.tfrun.workspace.name, "-dev")\n\ndeny contains "neq" if not input.nope != 1\n\ndeny contains "eq" if not input.nope == 1\n\nwarn contains "plain" if not input.nope\n'})
case("sprintf_go_verbs", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%-40s|%10s|%-5d|%8.3f|%q|%v|%d|%s", [rc.address, rc.type, 7, 3.14159, rc.name, [1, "a"], "x", 5]) if {\n\tsome rc in input.resource_changes\n}\n'})
case("local_shadows_rule", {"main.rego": "package main\n\n" + V1 + 'resource := "rule"\n\nnames(xs) := [resource | some resource in xs]\n\ndeny contains concat(",", names(["a", "b"])) if true\n\nwarn contains resource if true\n'})
case("v0_several_bodies", {"main.rego": 'package main\n\ndeny[msg] {\n\tinput.format_version\n\tmsg := "a"\n} {\n\tcount(input.resource_changes) > 1\n\tmsg := "b"\n}\n'}, args=["--rego-version", "v0"], v1="translate")
case("import_alias", {"main.rego": "package main\n\n" + V1 + 'import data.lib.helpers\nimport input as tfplan\n\ndeny contains helpers.name(rc) if {\n\tsome rc in tfplan.resource_changes\n\thelpers.replaced(rc)\n}\n', "lib.rego": "package lib.helpers\n\n" + V1 + 'name(rc) := sprintf("%s replaced", [rc.address])\n\nreplaced(rc) if rc.change.actions == ["delete", "create"]\n'})
case("v0_deprecated_builtins", {"main.rego": 'package main\n\ndeny[msg] {\n\tre_match("^terraform_", input.resource_changes[0].type)\n\tany([false, true])\n\tall([true])\n\tmsg := "deprecated"\n}\n'}, args=["--rego-version", "v0"], v1="translate")
case("with_value_from_rules", {"main.rego": "package main\n\n" + V1 + 'first := input.resource_changes[0]\n\ntype_of := input.type\n\ndeny contains t if {\n\tt := type_of with input as first\n}\n'})
case("walk_value_form", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%v", [paths]) if {\n\tpaths := [k | [k, v] = walk(input.configuration.root_module.module_calls)]\n}\n'}, plan="sources")
case("metadata_rule_and_chain", {"main.rego": "# METADATA\n# title: package title\n# custom:\n#   severity: low\npackage main\n\n" + V1 + '# METADATA\n# title: first\n# description: the first\n# related_resources:\n# - https://example.com/first\n# custom:\n#   id: FIRST-1\ndeny contains {"msg": "one", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true\n\ndeny contains {"msg": "two", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true\n\n# METADATA\n# scope: document\n# title: warnings\nwarn contains {"msg": "w", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true\n'})
case("some_after_iteration", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%v", [j]) if {\n\tinput.resource_changes[_]\n\tsome j\n\tinput.resource_changes[j].type == "terraform_data"\n}\n'})
case("v0_output_argument_calls", {"main.rego": 'package main\n\ndeny[msg] {\n\trc := input.resource_changes[0]\n\tsprintf("%s is %-6s|", [rc.address, "first"], msg)\n}\n\nwarn[msg] {\n\tany([false, true], yes)\n\tyes\n\tmsg := "any"\n}\n'}, args=["--rego-version", "v0"], v1={"main.rego": "package main\n\n" + V1 + 'deny contains msg if {\n\trc := input.resource_changes[0]\n\tsprintf("%s is %-6s|", [rc.address, "first"], msg)\n}\n\nwarn contains msg if {\n\tyes := true in [false, true]\n\tyes\n\tmsg := "any"\n}\n'})
case("with_replaces_sprintf", {"main.rego": "package main\n\n" + V1 + 'label := sprintf("%d resources", [count(input.resource_changes)])\n\ndeny contains l if {\n\tl := label with sprintf as "mocked"\n}\n\nwarn contains label if true\n'})
case("metadata_authors_and_packages_across_files", {"a.rego": "# METADATA\n# description: the package\n# authors:\n# - Jane Doe <jane@example.com>\n# - The Team\npackage main\n\n" + V1 + 'x := 1\n', "b.rego": "package main\n\n" + V1 + '# METADATA\n# authors:\n# - Ops <ops@example.com>\ndeny contains {"msg": "m", "rule": rego.metadata.rule(), "chain": rego.metadata.chain()} if true\n'})
case("future_not_keyword", {"main.rego": "package main\n\n" + V1 + 'import future.keywords.not\n\ndeny contains "negated" if not input.nope + 1 == 2\n'})
case("json_patch_sets", {"main.rego": "package main\n\n" + V1 + 'deny contains sprintf("%v", [json.patch({"foo": {"a", "b"}, "n": [1]}, [{"op": "remove", "path": "foo/a"}, {"op": "add", "path": "/n/-", "value": 2}])]) if true\n'})
# Policies OPA rejects at compile time: tfguard must reject them with OPA's message.
case("error_unused_some", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if {\n\tsome y\n\ttrue\n}\n'})
case("error_some_wildcard", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if {\n\tsome _\n\ttrue\n}\n'})
case("error_duplicate_imports", {"main.rego": "package main\n\n" + V1 + 'import data.a.x\nimport data.b.x\n\ndeny contains "x" if x\n'})
case("error_wildcard_under_not", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if {\n\tnot input.resource_changes[_].change.after\n}\n'})
case("error_deprecated_builtin", {"main.rego": "package main\n\n" + V1 + 'deny contains "x" if net.cidr_overlap("10.0.0.0/8", "10.1.1.1")\n'})
case("with_rule_targets", {"main.rego": "package main\n\n" + V1 + 't := {"a"}\n\nlimits := {"max": 1, "min": 0}\n\ndeny contains sprintf("t %v", [n]) if {\n\tn := count(t) with t as set()\n}\n\ndeny contains sprintf("limits %v", [l]) if {\n\tl := limits with limits as {"max": 7}\n}\n\ndeny contains sprintf("full %v", [x]) if {\n\tx := data.main.t with t as {1, 2}\n}\n\nwarn contains sprintf("short %v", [x]) if {\n\tx := t with data.main.t as {3}\n}\n\nwarn contains sprintf("unmocked %v", [t]) if true\n'})
case("with_function_mocks", {
    "main.rego": "package main\n\n" + V1 + 'f(x) := x + 1\n\ng(x) := x * 10\n\np := f(1)\n\nfull := data.main.f(2)\n\ndeny contains sprintf("short-short %v", [y]) if {\n\ty := f(1) with f as g\n}\n\ndeny contains sprintf("short-full %v", [y]) if {\n\ty := f(1) with data.main.f as g\n}\n\ndeny contains sprintf("full-short %v", [y]) if {\n\ty := data.main.f(1) with f as g\n}\n\ndeny contains sprintf("rule %v %v", [y, z]) if {\n\ty := p with data.main.f as g\n\tz := full with f as g\n}\n\ndeny contains sprintf("replacement %v", [y]) if {\n\ty := f(1) with f as data.main.g\n}\n\ndeny contains sprintf("value %v", [y]) if {\n\ty := data.main.p with f as 7\n}\n\nwarn contains sprintf("lib %v", [y]) if {\n\ty := data.lib.q with data.lib.h as g\n}\n\nwarn contains sprintf("plain %v %v", [p, data.lib.q]) if true\n',
    "lib.rego": "package lib\n\n" + V1 + 'h(x) := x - 1\n\nq := h(5)\n',
})
case("exception_namespace_scoped", {"main.rego": "package main\n\n" + V1 + 'deny_a contains "a" if true\n', "other.rego": "package other\n\n" + V1 + 'deny_a contains "a" if true\n\nexception contains ["a"] if true\n'}, args=["--all-namespaces"])


def conftest_check(engine, plan, namespace, heads, filename, prints):
    """Conftest's engine.check for one file and namespace, with OPA.

    `print()` output is appended to `prints` as Conftest's print hook
    records it: `<file>:<row>: <message>`, query by query."""
    names = []
    for name in heads:
        if name not in names:
            names.append(name)
    result = {"filename": filename, "namespace": namespace, "successes": 0, "warnings": [], "failures": [], "exceptions": []}
    successes = 0
    for rule in names:
        bare = rule
        for prefix in ("violation_", "deny_", "warn_"):
            if bare.startswith(prefix):
                bare = bare[len(prefix):]
        query = f"data.{namespace}.exception[_][_] == {json.dumps(bare)}"
        try:
            rows = engine.eval_query(query, input=plan)
        except Exception:
            rows = []
        exceptions = [{"msg": query} for _ in rows]
        prints.extend(f"{location}: {message}" for message, location in engine.last_prints)
        rule_query = f"data.{namespace}.{rule}"
        try:
            value = engine.eval_document(f"{namespace}.{rule}", input=plan)
        except OpaUndefinedError:
            value = None
        prints.extend(f"{location}: {message}" for message, location in engine.last_prints)
        items = value if isinstance(value, list) else []
        results = []
        for item in items:
            if isinstance(item, str):
                results.append({"msg": item, "metadata": {"query": rule_query}})
            elif isinstance(item, dict):
                meta = {k: v for k, v in item.items() if k not in ("msg", "_loc")}
                r = {"msg": item["msg"]}
                loc = item.get("_loc")
                if isinstance(loc, dict):
                    l = {}
                    if isinstance(loc.get("file"), str) and loc["file"]:
                        l["file"] = loc["file"]
                    if isinstance(loc.get("line"), (int, float)):
                        l["line"] = loc["line"]
                    if l:
                        r["loc"] = l
                r["metadata"] = dict(meta, query=rule_query)
                results.append(r)
        result["exceptions"] += exceptions
        if exceptions:
            continue
        if isinstance(value, list) and not value:
            successes += 1
        for r in results:
            (result["failures"] if FAILURE.match(rule) else result["warnings"]).append(r)
    count = len(result["failures"]) + len(result["warnings"]) + len(result["exceptions"]) + successes
    if count < len(heads):
        successes += len(heads) - count
    result["successes"] = successes
    for key in ("warnings", "failures", "exceptions"):
        if not result[key]:
            del result[key]
    return result


def main():
    out = os.path.join(HERE, "cases")
    shutil.rmtree(out, ignore_errors=True)
    for name, spec in CASES.items():
        directory = os.path.join(out, name)
        os.makedirs(os.path.join(directory, "policy"))
        for file, text in spec["policies"].items():
            open(os.path.join(directory, "policy", file), "w").write(text)
        args = list(spec["args"])
        if spec["data"] is not None:
            json.dump(spec["data"], open(os.path.join(directory, "data.json"), "w"), indent=1)
        evaluated = spec["v1"] or spec["policies"]
        if evaluated == "translate":
            from corpus import translate_v0
            evaluated = {f: translate_v0(t) for f, t in spec["policies"].items()}
        engine = OpaEngine()
        engine.print_handler = lambda message, location: None
        heads_by_ns = {}
        for file, text in sorted(evaluated.items()):
            engine.add_policy(f"policy/{file}", text)
            package = re.search(r"^package\s+([\w.]+)", text, re.M).group(1)
            body = text.split("\n", 1)[1]
            heads = [m.group(2) for m in HEAD.finditer(body) if FAILURE.match(m.group(2)) or WARNING.match(m.group(2))]
            heads_by_ns.setdefault(package, []).extend(heads)
        if spec["data"] is not None:
            engine.add_data(spec["data"])
        plan_path = PLANS[spec["plan"]]
        plan = json.load(open(os.path.join(ROOT, plan_path)))
        engine.add_data({"conftest": {"file": {"name": plan_path, "dir": os.path.dirname(plan_path)}}})
        if "--all-namespaces" in args:
            namespaces = sorted(heads_by_ns) + sorted(set(re.findall(r"^package\s+([\w.]+)", "\n".join(evaluated.values()), re.M)) - set(heads_by_ns))
            namespaces = sorted(set(namespaces))
        elif "-n" in args:
            pattern = args[args.index("-n") + 1].replace(".", r"\.").replace("*", ".*")
            all_packages = set(re.findall(r"^package\s+([\w.]+)", "\n".join(evaluated.values()), re.M))
            namespaces = sorted(p for p in all_packages if re.fullmatch(pattern, p))
        else:
            namespaces = ["main"] if "main" in set(re.findall(r"^package\s+([\w.]+)", "\n".join(evaluated.values()), re.M)) else []
        prints = []
        try:
            expected = [conftest_check(engine, plan, ns, heads_by_ns.get(ns, []), plan_path, prints) for ns in namespaces]
            error = None
        except OpaError as e:
            # OPA compiles lazily: a compile error surfaces at the first query.
            expected, prints = None, []
            error = str(e).split("bundle activation failed: ", 1)[1]
        json.dump({"plan": plan_path, "args": args, "expected": expected, "prints": prints, "error": error}, open(os.path.join(directory, "case.json"), "w"), indent=1, sort_keys=True)
        engine.close()
    print(f"{len(CASES)} cases written to {out}")


if __name__ == "__main__":
    main()
