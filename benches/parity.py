#!/usr/bin/env python3
"""The built-in library against Checkov on the real-plan corpus (docs/parity.md).

    python3 benches/parity.py [--corpus ../shared/plan-corpus] [--tfguard target/release/tfguard]
                              [--checkov checkov] [--cache DIR] [--json OUT]

Runs Checkov (`--framework terraform_plan`) and `tfguard check --all-resources`
on every plan of the corpus whose providers include aws, google or azurerm,
and compares them per tfguard check, by the Checkov ids among its aliases:
(plan, resource address) pairs flagged by both, by one tool only, or failed
by Checkov and reported `unknown` by tfguard (known only after apply).

Prints the Markdown table of docs/parity.md, then macro recall per Checkov id
(strict, and counting `unknown` as found) and precision per check. Checkov's
results are cached per plan digest in --cache, since Checkov takes seconds
per plan and its answers do not change between runs.
"""

import argparse
import collections
import csv
import json
import os
import subprocess
import sys

PROVIDERS = ("hashicorp/aws", "hashicorp/google", "hashicorp/azurerm")


def plans(corpus):
    with open(os.path.join(corpus, "MANIFEST.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if any(p in row["providers"] for p in PROVIDERS):
                yield row["local_file"], row["sha256"]


def checkov_failures(checkov, corpus, local, cache):
    """{(check id, address)} Checkov fails in one plan."""
    path = os.path.join(corpus, local)
    cached = os.path.join(cache, local.replace("/", "__"))
    if not os.path.exists(cached):
        run = subprocess.run(
            [checkov, "--framework", "terraform_plan", "-f", path, "-o", "json", "--compact", "--quiet"],
            capture_output=True, text=True)
        try:
            document = json.loads(run.stdout) if run.stdout.strip() else []
        except json.JSONDecodeError:
            document = []
        failed = []
        for report in document if isinstance(document, list) else [document]:
            if not isinstance(report, dict) or "results" not in report:
                continue
            for item in report["results"].get("failed_checks", []):
                failed.append([item["check_id"], item["resource"]])
        with open(cached, "w") as f:
            json.dump(failed, f)
    with open(cached) as f:
        return {tuple(x) for x in json.load(f)}


def tfguard_findings(tfguard, path):
    """{(code, address): status} of one plan; None when tfguard refuses it."""
    run = subprocess.run([tfguard, "check", "--all-resources", "--no-fail", "-o", "json", path],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None
    out = {}
    for finding in json.loads(run.stdout)["findings"]:
        if finding["address"] is None:
            continue
        key = (finding["code"], finding["address"])
        status = "unknown" if finding["status"] == "unknown" else "found"
        if out.get(key) != "found":
            out[key] = status
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=os.path.join(here, "../../shared/plan-corpus"))
    parser.add_argument("--tfguard", default=os.path.join(here, "../target/release/tfguard"))
    parser.add_argument("--checkov", default="checkov")
    parser.add_argument("--cache", default=os.path.join(here, "../target/parity-cache"))
    parser.add_argument("--json", help="also write the per-check numbers here")
    args = parser.parse_args()
    os.makedirs(args.cache, exist_ok=True)

    rules = json.loads(subprocess.run([args.tfguard, "rules", "-o", "json"], capture_output=True,
                                      text=True, check=True).stdout)
    ckv_of = {r["id"]: [a for a in r["aliases"] if a.startswith("CKV")] for r in rules}
    checkov_ids = {a for ids in ckv_of.values() for a in ids}

    counts = collections.defaultdict(collections.Counter)
    by_checkov_id = collections.defaultdict(collections.Counter)
    uncovered = collections.Counter()
    plan_count = 0
    refused = []
    for local, _ in plans(args.corpus):
        path = os.path.join(args.corpus, local)
        ours = tfguard_findings(args.tfguard, path)
        if ours is None:
            refused.append(local)
            continue
        plan_count += 1
        theirs = checkov_failures(args.checkov, args.corpus, local, args.cache)
        for check_id, address in theirs:
            if check_id not in checkov_ids:
                uncovered[check_id] += 1
        # Per Checkov id, over every tfguard check that carries it.
        for cid in checkov_ids:
            hits = {a for (c, a) in theirs if c == cid}
            if not hits:
                continue
            carriers = {check for check, ids in ckv_of.items() if cid in ids}
            states = collections.defaultdict(set)
            for (code, a), state in ours.items():
                if code in carriers:
                    states[a].add(state)
            by_checkov_id[cid]["checkov"] += len(hits)
            by_checkov_id[cid]["found"] += sum(1 for a in hits if "found" in states[a])
            by_checkov_id[cid]["unknown"] += sum(
                1 for a in hits if states[a] == {"unknown"})
        for check, ids in ckv_of.items():
            if not ids:
                continue
            flagged = {a for (cid, a) in theirs if cid in ids}
            mine = {a: s for (code, a), s in ours.items() if code == check}
            for address in flagged | set(mine):
                state = mine.get(address)
                if address in flagged and state == "found":
                    counts[check]["both"] += 1
                elif address in flagged and state == "unknown":
                    counts[check]["unknown"] += 1
                elif address in flagged:
                    counts[check]["checkov_only"] += 1
                elif state == "found":
                    counts[check]["tfguard_only"] += 1

    print(f"{plan_count} plans; tfguard refused {len(refused)}: {', '.join(refused) or 'none'}\n")
    print("| tfguard check | Checkov ids | both | tfguard only | Checkov only | unknown |")
    print("|---|---|---:|---:|---:|---:|")
    for check in sorted(counts):
        c = counts[check]
        if sum(c.values()) == 0:
            continue
        print(f"| `{check}` | {', '.join(ckv_of[check])} | {c['both']} | {c['tfguard_only']} | "
              f"{c['checkov_only']} | {c['unknown']} |")
    fired = {cid: c for cid, c in by_checkov_id.items() if c["checkov"] > 0}
    strict = [c["found"] / c["checkov"] for c in fired.values()]
    lenient = [(c["found"] + c["unknown"]) / c["checkov"] for c in fired.values()]
    precision = [c["both"] / (c["both"] + c["tfguard_only"]) for c in counts.values()
                 if c["both"] + c["tfguard_only"] > 0]
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
    print(f"\nCheckov ids that fire and that tfguard covers: {len(fired)}")
    print(f"macro recall per Checkov id: {mean(strict):.3f} strict, "
          f"{mean(lenient):.3f} counting `unknown` as found")
    print(f"macro precision per check (both / (both + tfguard only)): {mean(precision):.3f}")
    print("\nper Checkov id: id found/unknown/checkov")
    for cid in sorted(fired):
        c = fired[cid]
        print(f"  {cid} {c['found']}/{c['unknown']}/{c['checkov']}")
    print("\nCheckov ids that fire on the corpus with no tfguard check (resources flagged):")
    for cid, n in sorted(uncovered.items(), key=lambda x: (-x[1], x[0]))[:60]:
        print(f"  {cid} {n}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"checks": counts, "checkov_ids": by_checkov_id, "uncovered": uncovered}, f,
                      indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
