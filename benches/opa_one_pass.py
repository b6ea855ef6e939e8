#!/usr/bin/env python3
"""OPA's fastest evaluation, for benches/check.rs: the whole namespace in
one evaluation, with the plan's bytes handed to Go as they are (converted
once, by OPA). Prints the median wall time of RUNS evaluations in seconds,
and how many results the namespace's deny/violation/warn rules hold (so the
caller can check that tfguard gave the same answer); or `stopped ERROR`
when the wheel's strict built-in errors stop the evaluation.

    python3 benches/opa_one_pass.py NAMESPACE RUNS PLAN POLICY_FILE_OR_DIR...

A folder of Rego v0 (regula) is translated to v1 for the wheel, as
tests/conformance/corpus.py does. OPA is the PyPI wheel
opa-golib-python-bindings, unpacked at $OPA_BINDINGS (default /tmp/opa/x).
"""
import os
import re
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.environ.get("OPA_BINDINGS", "/tmp/opa/x"))
sys.path.insert(0, os.path.join(ROOT, "tests", "conformance"))
from opa_bindings import OpaEngine, OpaError  # noqa: E402
from opa_bindings.engine import _cstr  # noqa: E402


def rego_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, _, names in sorted(os.walk(path)):
            for name in sorted(names):
                if name.endswith(".rego") and not name.endswith("_test.rego"):
                    yield os.path.join(folder, name)


def main():
    namespace, runs, plan = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    engine = OpaEngine()
    engine.print_handler = lambda message, location: None
    v0 = os.environ.get("REGO_V0") == "1"
    if v0:
        from corpus import translate_v0  # noqa: E402
    for path in rego_files(sys.argv[4:]):
        text = open(path, encoding="utf-8").read()
        engine.add_policy(path, translate_v0(text) if v0 and "rego.v1" not in text else text)
    raw = open(plan, "rb").read()
    times, document = [], {}
    for _ in range(runs):
        start = time.perf_counter()
        try:
            with engine._eval_lock:
                engine._eval_reset()
                result = engine._eval_result(
                    engine._call(engine._lib.OpaEvalDocument, _cstr(namespace), raw, 0, 0)
                )
        except OpaError as e:
            # The wheel runs OPA with strict built-in errors; Conftest does not.
            print(f"stopped {str(e).splitlines()[0]}")
            return
        times.append(time.perf_counter() - start)
        document = result[0]["expressions"][0]["value"] if result else {}
    engine.close()
    policy_rule = re.compile(r"^(deny|violation|warn)(_[a-zA-Z0-9]+)*$")
    results = sum(len(v) for k, v in document.items() if policy_rule.match(k) and isinstance(v, list))
    print(f"{statistics.median(times):.4f} {results}")


if __name__ == "__main__":
    main()
