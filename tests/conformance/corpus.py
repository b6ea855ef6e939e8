#!/usr/bin/env python3
"""Expected answers for the public policy libraries of ../shared/policy-corpus.

For every case (a folder of published Rego for Terraform plans, with its
`args` and `plans`), OPA's Go engine evaluates each plan with Conftest's
algorithm (generate.py's `conftest_check`: one query per rule, exception
queries, non-strict built-in errors) and the result is written to
tests/conformance/corpus/<case>.json, which tests/cli/corpus_conformance.rs
compares with `tfguard test -o json`.

OPA comes from the PyPI wheel, unpacked as generate.py says:

    OPA_BINDINGS=/tmp/opa/x python3 tests/conformance/corpus.py

That wheel parses Rego v1 only, so a Rego v0 file (one without `import
rego.v1`) is given to OPA as a v1 translation that changes no meaning
(`translate_v0`): `if` before every body, `contains` for partial-set heads,
one rule per body where a rule has several, and the deprecated built-ins
written as what they compute. tfguard runs the files as published.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from generate import FAILURE, HEAD, WARNING, conftest_check  # noqa: E402
from opa_bindings import OpaEngine, OpaError  # noqa: E402

SHARED = os.path.join(os.path.dirname(ROOT), "shared")
POLICIES = os.path.join(SHARED, "policy-corpus")
PLANS = os.path.join(SHARED, "plan-corpus")

TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>"(?:[^"\\\n]|\\.)*")
      | (?P<raw>`[^`]*`)
      | (?P<newline>\n)
      | (?P<space>[ \t\r]+)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
      | (?P<punct>:=|==|!=|<=|>=|[{}\[\]().,;:=<>+\-*/%|&!])""",
    re.X,
)
OPENS = {"{": "}", "[": "]", "(": ")"}
# A `{` after one of these is a value (`x := {...}`), not a rule body.
VALUE_BEFORE = {"=", ":=", "==", "!=", "<", ">", "<=", ">=", ",", "(", "[", ":", "|", "+", "-", "*", "/", "%", "&", "{", "in", "contains"}


def tokenize(text):
    tokens, at = [], 0
    while at < len(text):
        m = TOKEN.match(text, at)
        if not m:
            raise ValueError(f"cannot tokenize at {text[at:at + 20]!r}")
        tokens.append((m.lastgroup, m.group()))
        at = m.end()
    return tokens


def significant(kind):
    return kind not in ("comment", "newline", "space")


def closing(tokens, i):
    """Index of the bracket that closes tokens[i]."""
    depth = 0
    for j in range(i, len(tokens)):
        kind, text = tokens[j]
        if kind != "punct":
            continue
        if text in OPENS:
            depth += 1
        elif text in OPENS.values():
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced brackets")


def next_significant(tokens, i):
    while i < len(tokens) and not significant(tokens[i][0]):
        i += 1
    return i


def translate_head(tokens):
    """A v0 head as v1: `p[x]` (no value) becomes `p contains x`."""
    sig = [(i, t) for i, (k, t) in enumerate(tokens) if significant(k)]
    texts = [t for _, t in sig]
    if "contains" in texts or "=" in texts or ":=" in texts or texts[:1] == ["default"]:
        return "".join(t for _, t in tokens)
    if len(sig) >= 3 and texts[-1] == "]":
        first_open = next(n for n, (_, t) in enumerate(sig) if t == "[")
        if closing(tokens, sig[first_open][0]) == sig[-1][0] and all(t == "." or re.match(r"\w+$", t) for t in texts[:first_open]):
            open_index, close_index = sig[first_open][0], sig[-1][0]
            name = "".join(t for _, t in tokens[:open_index])
            inner = "".join(t for _, t in tokens[open_index + 1:close_index])
            return f"{name.rstrip()} contains {inner.strip()}"
    return "".join(t for _, t in tokens)


def rewrite_deprecated(tokens):
    """`re_match`, `any` and `all` as what they compute (v1 has none of them)."""
    out, i = [], 0
    while i < len(tokens):
        kind, text = tokens[i]
        prev = out[-1] if out else ""
        if kind == "word" and text in ("re_match", "any", "all") and i + 1 < len(tokens) and tokens[i + 1][1] == "(" and prev != ".":
            if text == "re_match":
                out.append("regex.match")
                i += 1
                continue
            end = closing(tokens, i + 1)
            inner = "".join(rewrite_deprecated(tokens[i + 2:end]))
            if text == "any":
                out.append(f"(true in ({inner}))")
            else:
                out.append(f"(count([__tfg_x | some __tfg_x in ({inner}); __tfg_x != true]) == 0)")
            i = end + 1
            continue
        out.append(text)
        i += 1
    return out


def translate_v0(text):
    """A Rego v0 module as v1 with the same meaning (see the module doc)."""
    tokens = tokenize(text)
    if not re.search(r"^import\s+future\.keywords", text, re.M):
        # Without the future import, v1's keywords are plain names in v0.
        renamed = {"in", "every", "if"}
        if re.search(r"^contains\s*\(", text, re.M):
            # A function of the package named `contains` shadows the built-in.
            renamed.add("contains")
        tokens = [(k, f"__tfg_{t}" if k == "word" and t in renamed else t) for k, t in tokens]
    out = []
    i = 0
    while i < len(tokens):
        kind, word = tokens[i]
        if not significant(kind):
            out.append(word)
            i += 1
            continue
        if word in ("package", "import"):
            while i < len(tokens) and tokens[i][0] != "newline":
                out.append(tokens[i][1])
                i += 1
            continue
        # A rule: its head runs to a body `{` or to the end of the line.
        start = i
        depth = 0
        prev = None
        body = None
        while i < len(tokens):
            k, t = tokens[i]
            if k == "punct" and t in OPENS:
                if depth == 0 and t == "{" and prev not in VALUE_BEFORE:
                    body = i
                    break
                depth += 1
            elif k == "punct" and t in OPENS.values():
                depth -= 1
            elif k == "newline" and depth == 0 and prev not in VALUE_BEFORE:
                break
            if significant(k):
                prev = t
            i += 1
        head_tokens = tokens[start:i] if body is None else tokens[start:body]
        while head_tokens and not significant(head_tokens[-1][0]):
            head_tokens = head_tokens[:-1]
        head = translate_head(head_tokens)
        if body is None:
            out.append("".join(rewrite_deprecated(tokens[start:i])))
            continue
        sig_head = [t for k, t in head_tokens if significant(k)]
        out.append(head)
        out.append(" " if sig_head[-1] == "if" else " if ")
        while True:
            end = closing(tokens, body)
            out.extend(rewrite_deprecated(tokens[body:end + 1]))
            i = end + 1
            j = next_significant(tokens, i)
            if j < len(tokens) and tokens[j][1] == "{":
                # Several bodies: one rule per body.
                out.append("\n" + head + " if ")
                body = j
                continue
            if j < len(tokens) and tokens[j][1] == "else":
                out.extend(t for _, t in tokens[i:j])
                k, depth, prev = j, 0, None
                while not (depth == 0 and tokens[k][1] == "{" and prev not in VALUE_BEFORE):
                    if tokens[k][0] == "punct" and tokens[k][1] in OPENS:
                        depth += 1
                    elif tokens[k][0] == "punct" and tokens[k][1] in OPENS.values():
                        depth -= 1
                    if significant(tokens[k][0]):
                        prev = tokens[k][1]
                    k += 1
                out.extend(rewrite_deprecated(tokens[j:k]))
                out.append(" if " if tokens[k - 1][1] != "if" else " ")
                body = k
                continue
            break
    return "".join(out)


def is_v1(text):
    return re.search(r"^import\s+rego\.v1\b", text, re.M) is not None


def policy_files(case_dir):
    files = []
    for directory, _, names in os.walk(case_dir):
        for name in names:
            if name.endswith(".rego") and not name.endswith("_test.rego"):
                path = os.path.join(directory, name)
                files.append((os.path.relpath(path, case_dir), open(path, encoding="utf-8").read()))
    return sorted(files)


def namespaces_for(args, packages):
    if "--all-namespaces" in args:
        return sorted(packages)
    wanted = [args[i + 1] for i, a in enumerate(args) if a == "-n"] or ["main"]
    return sorted(p for p in packages if any(re.fullmatch(w.replace(".", r"\.").replace("*", ".*"), p) for w in wanted))


# Built-ins that reach the network: a plan gate refuses them (tfguard exits 2).
NETWORK = {"http.send", "net.lookup_ip_addr"}
BUILTIN_ERROR = re.compile(r"eval_error: (?P<file>[^:\n]+):(?P<line>\d+): eval_(?:type|builtin)_error: (?P<name>[\w.]+): ")


# Arity of the built-ins that the corpus makes fail (add one when a new one does).
ARITY = {"count": 1, "json.unmarshal": 1, "json.patch": 2, "object.get": 3, "to_number": 1, "sprintf": 2, "split": 2, "lower": 1, "upper": 1}


def wrap_calls(text, calls, wrappers):
    """`name(a, b)` at the given (line, name) pairs as `data.tfg_nonstrict.<wrapper>([a, b])`."""
    tokens = tokenize(text)
    out, line, i = [], 1, 0
    while i < len(tokens):
        kind, word = tokens[i]
        dotted = word
        j = i
        while j + 2 < len(tokens) and tokens[j + 1][1] == "." and tokens[j + 2][0] == "word":
            dotted += "." + tokens[j + 2][1]
            j += 2
        if kind == "word" and (line, dotted) in calls and j + 1 < len(tokens) and tokens[j + 1][1] == "(" and (not out or out[-1] != "."):
            end = closing(tokens, j + 1)
            args, depth, current = [], 0, []
            for k, t in tokens[j + 2:end]:
                if k == "punct" and t in OPENS:
                    depth += 1
                elif k == "punct" and t in OPENS.values():
                    depth -= 1
                if depth == 0 and t == ",":
                    args.append("".join(current))
                    current = []
                else:
                    current.append(t)
            args.append("".join(current))
            line += sum(a.count("\n") for a in args)
            call = f"data.tfg_nonstrict.{wrappers[dotted]}([{', '.join(args[:ARITY[dotted]])}])"
            # The output-argument form `f(x, out)`.
            out.append(f"{args[-1]} = {call}" if len(args) > ARITY[dotted] else call)
            i = end + 1
            continue
        line += word.count("\n")
        out.append(word)
        i += 1
    return "".join(out)


def make_engine(modules, plan_path, nonstrict):
    """An OPA engine with the modules, the built-in calls named in `nonstrict`
    ({(file, line): {builtin}}) rewritten to their non-strict form, and
    Conftest's `data.conftest.file`."""
    engine = OpaEngine()
    engine.print_handler = lambda message, location: None
    helper = OpaEngine()
    wrappers = {}
    for (path, line), names in nonstrict.items():
        for name in names:
            wrappers[name] = "call_" + name.replace(".", "_")

    def attempt(name, args):
        # The built-in itself, on its own engine: an error becomes "no value".
        query = "x := " + name + "(" + ", ".join(f"input[{i}]" for i in range(len(args))) + ")"
        try:
            rows = helper.eval_query(query, input=args)
        except OpaError:
            return {"ok": False}
        return {"ok": True, "value": rows[0]["x"]} if rows else {"ok": False}

    engine.register_function("tfg_attempt", attempt, arity=2)
    for path, text in modules:
        calls = {(line, name) for (file, line), names in nonstrict.items() if file == path for name in names}
        engine.add_policy(path, wrap_calls(text, calls, wrappers) if calls else text)
    if wrappers:
        functions = "".join(f"{w}(args) := r if {{\n\tout := tfg_attempt({json.dumps(n)}, args)\n\tout.ok\n\tr := out.value\n}}\n\n" for n, w in sorted(wrappers.items()))
        engine.add_policy("tfg_nonstrict.rego", "package tfg_nonstrict\n\n" + functions)
    engine.add_data({"conftest": {"file": {"name": plan_path, "dir": os.path.dirname(plan_path) or "."}}})
    return engine, helper


def run_case(name):
    case_dir = os.path.join(POLICIES, name)
    args = open(os.path.join(case_dir, "args")).read().split()
    plans = [line.strip() for line in open(os.path.join(case_dir, "plans")) if line.strip()]
    v0 = "v0" in args
    modules = []
    heads_by_ns = {}
    for path, text in policy_files(case_dir):
        evaluated = translate_v0(text) if v0 and not is_v1(text) else text
        modules.append((path, evaluated))
        package = re.search(r"^package\s+([\w.]+)", evaluated, re.M).group(1)
        body = evaluated.split("\n", 1)[1] if "\n" in evaluated else ""
        heads = [m.group(2) for m in HEAD.finditer(body) if FAILURE.match(m.group(2)) or WARNING.match(m.group(2))]
        heads_by_ns.setdefault(package, []).extend(heads)
    runs = []
    for plan_path in plans:
        plan = json.load(open(os.path.join(PLANS, plan_path), encoding="utf-8-sig"))
        # OPA's engine here stops at the first built-in error (strict); Conftest
        # by default makes the call undefined and goes on. Each call that
        # errors is rewritten to that non-strict form and the plan run again.
        nonstrict = {}
        strict_error = None
        while True:
            engine, helper = make_engine(modules, plan_path, nonstrict)
            prints = []
            try:
                expected = [conftest_check(engine, plan, ns, heads_by_ns.get(ns, []), plan_path, prints) for ns in namespaces_for(args, heads_by_ns)]
                error = None
            except OpaError as e:
                expected, error = None, str(e)
            engine.close()
            helper.close()
            found = BUILTIN_ERROR.search(error or "")
            if not found or found.group("name") in NETWORK:
                break
            strict_error = strict_error or error
            key = (found.group("file"), int(found.group("line")))
            if found.group("name") in nonstrict.get(key, set()):
                break
            nonstrict.setdefault(key, set()).add(found.group("name"))
        refused = found.group("name") if found and found.group("name") in NETWORK else None
        runs.append({
            "plan": plan_path,
            "refused": refused,
            "expected": expected,
            "error": error,
            "strict_error": strict_error,
            "nonstrict_calls": sorted(f"{f}:{l}: {n}" for (f, l), names in nonstrict.items() for n in names),
        })
    return {"args": args, "runs": runs}


def main():
    out = os.path.join(HERE, "corpus")
    os.makedirs(out, exist_ok=True)
    names = sys.argv[1:] or sorted(n for n in os.listdir(POLICIES) if os.path.isdir(os.path.join(POLICIES, n)))
    for name in names:
        result = run_case(name)
        errors = [r["error"] for r in result["runs"] if r["error"]] + [c for r in result["runs"] for c in r["nonstrict_calls"]]
        json.dump(result, open(os.path.join(out, f"{name}.json"), "w"), indent=1, sort_keys=True)
        print(f"{name}: {len(result['runs'])} plans" + (f", OPA errors: {sorted(set(e[:200] for e in errors))}" if errors else ""))


if __name__ == "__main__":
    main()
