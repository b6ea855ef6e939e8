#!/usr/bin/env python3
"""Times `tfguard test` against OPA's own evaluation of the same Conftest
policies on the same plans, in one run, and prints a Markdown table.

OPA is the Go engine from the PyPI wheel opa-golib-python-bindings (see
tests/conformance/generate.py for how to unpack it); its time here is
the six queries Conftest makes for these rules (each rule and its exception
query), with the input decoded by OPA for each query as Conftest's engine
does, and the bindings' Python-side JSON encoding measured and subtracted.
tfguard's time is the whole process: reading and parsing the plan included.

    cargo build --release
    cargo bench --bench check -- 10000 50000   # generates the plans
    OPA_BINDINGS=/tmp/opa/x python3 benches/opa_vs_tfguard.py
"""
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.environ.get("OPA_BINDINGS", "/tmp/opa/x"))
from opa_bindings import OpaEngine  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POLICY = """package main

import rego.v1

deny contains sprintf("%s is public", [rc.address]) if {
	some rc in input.resource_changes
	rc.change.after.acl == "public-read"
}

deny contains sprintf("%s opens %v to the world", [rc.address, rule.from_port]) if {
	some rc in input.resource_changes
	rc.type == "aws_security_group"
	some rule in rc.change.after.ingress
	"0.0.0.0/0" in rule.cidr_blocks
}

warn contains sprintf("%s is replaced", [rc.address]) if {
	some rc in input.resource_changes
	rc.change.actions == ["delete", "create"]
}

violation_tags contains rc.address if {
	some rc in input.resource_changes
	is_object(rc.change.after.tags)
	not rc.change.after.tags.owner
}
"""


def median(values):
    return statistics.median(values)


def main():
    policy_dir = os.path.join(ROOT, "target", "opa-compare", "policy")
    os.makedirs(policy_dir, exist_ok=True)
    open(os.path.join(policy_dir, "main.rego"), "w").write(POLICY)
    binary = os.path.join(ROOT, "target", "release", "tfguard")
    print("| resource changes | OPA evaluation | tfguard test (whole process) | ratio |")
    print("|---:|---:|---:|---:|")
    for size in (10000, 50000):
        plan_path = os.path.join(ROOT, "target", "bench-plans", f"plan-{size}.json")
        plan = json.load(open(plan_path))
        engine = OpaEngine()
        engine.add_policy("main.rego", POLICY)
        opa_times, tf_times = [], []
        for _ in range(5):
            start = time.perf_counter()
            # Conftest's queries: each rule, and the exception query per rule.
            for rule in ("deny", "warn", "violation_tags"):
                engine.eval_document(f"main.{rule}", input=plan)
                engine.eval_query(f'data.main.exception[_][_] == "{rule}"', input=plan)
            elapsed = time.perf_counter() - start
            # The Python side serialises the input for every call; that is
            # the bindings' cost, not OPA's: measure it and take it out.
            start = time.perf_counter()
            for _ in range(6):
                json.dumps(plan, ensure_ascii=False).encode("utf-8")
            opa_times.append(elapsed - (time.perf_counter() - start))
            start = time.perf_counter()
            subprocess.run([binary, "test", "-o", "json", "--no-fail", "-p", policy_dir, plan_path],
                           check=True, stdout=subprocess.DEVNULL)
            tf_times.append(time.perf_counter() - start)
        engine.close()
        opa, tf = median(opa_times), median(tf_times)
        print(f"| {size} | {opa:.2f} s | {tf:.2f} s | {opa / tf:.1f}x |")


if __name__ == "__main__":
    main()
