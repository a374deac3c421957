#!/usr/bin/env python3
"""Reads the outputs of run.sh and prints the side-by-side table and the checks."""
import json
import os
import re
import sys


def measure(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not wall or not rss:
        sys.exit(f"cannot read /usr/bin/time output in {path}:\n{text[-2000:]}")
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)) / 1024.0


def find_fact(node, name):
    """The first JSON object with "name": name, wherever the renderer put it."""
    if isinstance(node, dict):
        if node.get("name") == name:
            return node
        for value in node.values():
            found = find_fact(value, name)
            if found is not None:
                return found
    elif isinstance(node, list):
        for value in node:
            found = find_fact(value, name)
            if found is not None:
                return found
    return None


def numbers(node):
    if isinstance(node, bool):
        return []
    if isinstance(node, (int, float)):
        return [node]
    if isinstance(node, dict):
        return [n for k, v in node.items() if k not in ("line", "evidence") for n in numbers(v)]
    if isinstance(node, list):
        return [n for v in node for n in numbers(v)]
    return []


def top_items(fact):
    """(name, count) pairs from the top-noisy list: each item's value and the count in its detail."""
    out = []
    def walk(node):
        if isinstance(node, dict):
            if "value" in node and isinstance(node["value"], str) and "detail" in node:
                m = re.match(r"(\d+) alerts", node.get("detail") or "")
                if m:
                    out.append((node["value"], int(m.group(1))))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(fact)
    return out


def main():
    work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
    rows = []
    ok = True
    for n in sizes:
        ours_s, ours_mb = measure(os.path.join(work, f"ours-{n}.time"))
        jq_s, jq_mb = measure(os.path.join(work, f"jq-{n}.time"))
        size_mb = os.path.getsize(os.path.join(work, f"alerts-{n}.ndjson")) / 1e6
        facts = json.load(open(os.path.join(work, f"ours-{n}.json")))
        counts = json.load(open(os.path.join(work, f"jq-{n}.json")))
        total = find_fact(facts, "alerts.total")
        ours_total = numbers(total.get("value", total))[0] if total else None
        jq_total = sum(counts.values())
        top = top_items(find_fact(facts, "alerts.top_noisy") or {})
        jq_top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: len(top)]
        same = ours_total == jq_total and [tuple(t) for t in top] == [tuple(t) for t in jq_top]
        ok &= same
        rows.append((n, size_mb, ours_s, ours_mb, jq_s, jq_mb, same))

    print(f"{'alerts':>10} {'file MB':>8} | {'sre-engage s':>12} {'alerts/s':>11} {'MB/s':>7} {'peak MB':>8} | {'jq s':>7} {'alerts/s':>10} {'peak MB':>8} | {'speed-up':>8} | counts")
    for n, size_mb, ours_s, ours_mb, jq_s, jq_mb, same in rows:
        print(f"{n:>10} {size_mb:>8.0f} | {ours_s:>12.2f} {n / ours_s:>11,.0f} {size_mb / ours_s:>7.0f} {ours_mb:>8.1f} | {jq_s:>7.2f} {n / jq_s:>10,.0f} {jq_mb:>8.1f} | {jq_s / ours_s:>7.1f}x | {'equal' if same else 'DIFFER'}")

    largest, smallest = rows[-1], rows[0]
    checks = [
        (f"{largest[0]:,} alerts at least 5x faster than jq", largest[4] / largest[2] >= 5),
        ("peak memory under 150 MB at every size", all(r[3] < 150 for r in rows)),
        (f"memory flat: {largest[3]:.1f} MB at {largest[0]:,} vs {smallest[3]:.1f} MB at {smallest[0]:,} (within 25 % + 8 MB)",
         largest[3] <= smallest[3] * 1.25 + 8),
        ("per-alertname counts equal to jq's", all(r[6] for r in rows)),
    ]
    print()
    for label, passed in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {label}")
        ok &= passed
    sys.exit(0 if ok else 1)


main()
