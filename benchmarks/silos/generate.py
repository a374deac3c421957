#!/usr/bin/env python3
"""Writes a deterministic `git fast-import` stream for the silos benchmark to standard output.

    python3 generate.py [--commits 50000] [--files 5000] [--developers 200] [--seed 7] | git fast-import

The history has COMMITS non-merge commits on `main` by DEVELOPERS authors (activity skewed:
a few heavy committers, a long tail), at least FILES files alive at HEAD spread over 24
top-level components (each developer has a home component they mostly work in), plus renames
(also across components), deletions, re-additions of deleted paths, and some vendored and
documentation files the default filter leaves out. Same arguments, same repository, byte for byte.
"""
import argparse
import random
import sys

COMPONENTS = [
    "api", "auth", "billing", "catalog", "checkout", "cli", "core", "db", "deploy", "events",
    "gateway", "inventory", "jobs", "mail", "metrics", "notify", "orders", "payments", "search",
    "sessions", "storage", "ui", "users", "web",
]
EXTENSIONS = [".go", ".py", ".swift", ".ts", ".java", ".c"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--commits", type=int, default=50000)
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--developers", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout.buffer

    devs = []
    for i in range(args.developers):
        name = f"Developer {i:03d}"
        email = f"dev{i:03d}@example.com"
        devs.append((name, email, rng.randrange(len(COMPONENTS))))
    # Zipf-like activity: developer i is picked with weight 1/(i+1)^0.8.
    weights = [1.0 / (i + 1) ** 0.8 for i in range(args.developers)]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    alive = {}        # path -> list of content lines
    alive_list = []   # paths, for random choice (swap-remove)
    position = {}
    deleted = []      # paths deleted earlier, candidates for re-adding
    counter = [0]

    def add_path(path, lines):
        alive[path] = lines
        position[path] = len(alive_list)
        alive_list.append(path)

    def remove_path(path):
        i = position.pop(path)
        last = alive_list.pop()
        if i < len(alive_list):
            alive_list[i] = last
            position[last] = i
        del alive[path]

    def new_path(component):
        counter[0] += 1
        depth = rng.randrange(3)
        folders = [component] + [f"pkg{rng.randrange(12)}" for _ in range(depth)]
        return "/".join(folders) + f"/file{counter[0]:06d}" + rng.choice(EXTENSIONS)

    def blob_lines(path, n):
        return [f"// {path} line {k} {rng.randrange(1 << 30):08x}" for k in range(n)]

    def data(payload):
        out.write(b"data %d\n" % len(payload))
        out.write(payload)
        out.write(b"\n")

    def write_file(path):
        payload = ("\n".join(alive[path]) + "\n").encode()
        out.write(b"M 100644 inline " + path.encode() + b"\n")
        data(payload)

    timestamp = 1_500_000_000
    target = args.files
    for c in range(args.commits):
        r = rng.random() * total
        lo, hi = 0, len(cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] >= r:
                hi = mid
            else:
                lo = mid + 1
        name, email, home = devs[lo]
        # Every 40th developer also commits under an upper-case variant of the e-mail.
        if lo % 40 == 0 and c % 3 == 0:
            email = email.upper()
        timestamp += rng.randrange(60, 3600)
        component = COMPONENTS[home] if rng.random() < 0.8 else rng.choice(COMPONENTS)

        out.write(b"commit refs/heads/main\n")
        out.write(f"author {name} <{email}> {timestamp} +0000\n".encode())
        out.write(f"committer {name} <{email}> {timestamp} +0000\n".encode())
        data(f"change {c}".encode())
        if c == 0:
            out.write(b"deleteall\n")

        growth = len(alive_list) < target * (c + 1) / (args.commits * 0.9)
        changes = 1 + (rng.random() < 0.5) + (rng.random() < 0.25) + (rng.random() < 0.1)
        touched = set()
        for _ in range(changes):
            roll = rng.random()
            if growth or len(alive_list) < 20 or roll < 0.04:
                if deleted and rng.random() < 0.1:
                    path = deleted.pop(rng.randrange(len(deleted)))
                else:
                    if c % 97 == 0:
                        path = rng.choice(["vendor/lib", "docs", "third_party/x"]) + f"/v{counter[0]:06d}" + rng.choice([".c", ".md"])
                        counter[0] += 1
                    else:
                        path = new_path(component)
                if path in alive or path in touched:
                    continue
                add_path(path, blob_lines(path, 8 + rng.randrange(24)))
                write_file(path)
                touched.add(path)
            elif roll < 0.05 and len(alive_list) > target // 2:
                path = alive_list[rng.randrange(len(alive_list))]
                if path in touched:
                    continue
                remove_path(path)
                deleted.append(path)
                out.write(b"D " + path.encode() + b"\n")
                touched.add(path)
            elif roll < 0.07:
                path = alive_list[rng.randrange(len(alive_list))]
                if path in touched:
                    continue
                comp = component if rng.random() < 0.7 else rng.choice(COMPONENTS)
                target_path = new_path(comp)
                lines = alive[path]
                remove_path(path)
                add_path(target_path, lines)
                out.write(b"R " + path.encode() + b" " + target_path.encode() + b"\n")
                if rng.random() < 0.5:
                    # Renamed and edited in the same commit: git must find it by similarity.
                    lines[rng.randrange(len(lines))] = f"// moved {c}"
                    write_file(target_path)
                touched.add(path)
                touched.add(target_path)
            else:
                # Modify a file, preferably in the developer's component.
                path = None
                for _ in range(4):
                    candidate = alive_list[rng.randrange(len(alive_list))]
                    if candidate.startswith(component + "/"):
                        path = candidate
                        break
                if path is None:
                    path = alive_list[rng.randrange(len(alive_list))]
                if path in touched:
                    continue
                lines = alive[path]
                k = rng.randrange(len(lines))
                lines[k] = f"// edit {c} {rng.randrange(1 << 30):08x}"
                if rng.random() < 0.3:
                    lines.append(f"// added {c}")
                write_file(path)
                touched.add(path)
        out.write(b"\n")
    out.write(b"done\n")


if __name__ == "__main__":
    main()
