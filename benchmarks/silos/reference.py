#!/usr/bin/env python3
"""An independent, deliberately plain re-implementation of docs/truck-factor.md, used to
cross-check `sre-engage silos` on the benchmark repository: one single `git log --reverse`
process, Python dictionaries, no chunks. Prints the same summary as `summary()` below for a
`sre-engage silos --format json` report, so the two can be compared line by line.

    reference.py REPO                 # the reference's summary
    reference.py --summary REPORT.json  # the same summary of an sre-engage JSON report
"""
import json
import math
import subprocess
import sys
from collections import defaultdict

VENDORED = ["vendor", "vendors", "third_party", "third-party", "thirdparty", "3rdparty",
            "node_modules", "bower_components", "Pods", "Carthage", ".yarn"]
GENERATED_NAMES = ["package-lock.json", "yarn.lock", "pnpm-lock.yaml", "Cargo.lock", "go.sum", "Gemfile.lock",
                   "Podfile.lock", "poetry.lock", "composer.lock", "Package.resolved",
                   ".mailmap", ".gitattributes", ".gitmodules", ".gitignore"]
GENERATED_SUFFIXES = [".min.js", ".min.css", ".map", ".pb.go", ".pb.swift", "_pb2.py", "_pb2_grpc.py", ".pb.h",
                      ".pb.cc", ".g.dart", ".designer.cs"]
DOC_FOLDERS = ["docs", "doc", "documentation"]
DOC_SUFFIXES = [".md", ".markdown", ".rst", ".adoc", ".asciidoc"]
DOC_NAMES = ["LICENSE", "LICENCE", "COPYING", "AUTHORS", "CONTRIBUTORS", "CHANGELOG", "NOTICE"]


def excluded(path):
    parts = path.split("/")
    folders, name = parts[:-1], parts[-1]
    if any(f in VENDORED or f in DOC_FOLDERS for f in folders):
        return True
    if name in GENERATED_NAMES or name in DOC_NAMES:
        return True
    if any(name.endswith(s) for s in GENERATED_SUFFIXES + DOC_SUFFIXES):
        return True
    if ".generated." in name or name.startswith("LICENSE.") or name.startswith("COPYING."):
        return True
    return False


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, "-c", "log.showRoot=true", *args], check=True, capture_output=True).stdout


def reference(repo):
    out = git(repo, "log", "--reverse", "--no-merges", "-z", "--name-status", "--find-renames",
              "--format=%x01%aN%x00%aE")
    fields = out.split(b"\0")
    live, dead = {}, {}
    files = []            # per file: {identity: [changes, additions]}
    identities = {}       # (name, email) -> index
    commits = []          # commits per identity
    author = None
    i = 0
    while i < len(fields):
        f = fields[i]
        if f.startswith(b"\x01"):
            key = (f[1:].decode(errors="replace"), fields[i + 1].decode(errors="replace"))
            if key not in identities:
                identities[key] = len(identities)
                commits.append(0)
            author = identities[key]
            commits[author] += 1
            i += 2
            continue
        status = f.lstrip(b"\n")
        if not status:
            i += 1
            continue
        letter = chr(status[0])
        if letter in "RC":
            old, new = fields[i + 1].decode(errors="replace"), fields[i + 2].decode(errors="replace")
            i += 3
        else:
            old, new = None, fields[i + 1].decode(errors="replace")
            i += 2

        def touch(fid, addition):
            entry = files[fid].setdefault(author, [0, 0])
            entry[0] += 1
            entry[1] += 1 if addition else 0

        if letter in "AC":
            if new not in live:
                if new in dead:
                    live[new] = dead.pop(new)
                else:
                    files.append({})
                    live[new] = len(files) - 1
            touch(live[new], True)
        elif letter in "MT":
            if new not in live:
                files.append({})
                live[new] = len(files) - 1
            touch(live[new], False)
        elif letter == "D":
            if new in live:
                dead[new] = live.pop(new)
        elif letter == "R":
            fid = live.pop(old, None)
            if fid is None:
                files.append({})
                fid = len(files) - 1
            live[new] = fid
            dead.pop(new, None)
            touch(fid, False)

    # Developers: union-find over lowercased e-mail and identical names.
    keys = sorted(identities, key=identities.get)
    parent = list(range(len(keys)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_email, by_name = {}, {}
    for idx, (name, email) in enumerate(keys):
        e, n = email.strip().lower(), name.strip()
        if e in by_email:
            a, b = find(idx), find(by_email[e])
            parent[max(a, b)] = min(a, b)
        else:
            by_email[e] = idx
        if n:
            if n in by_name:
                a, b = find(idx), find(by_name[n])
                parent[max(a, b)] = min(a, b)
            else:
                by_name[n] = idx
    groups = defaultdict(list)
    for idx in range(len(keys)):
        groups[find(idx)].append(idx)

    def most(counts):
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    devs = []
    for members in groups.values():
        names, emails = defaultdict(int), defaultdict(int)
        for m in members:
            names[keys[m][0].strip()] += commits[m]
            emails[keys[m][1].strip().lower()] += commits[m]
        devs.append((most(names), most(emails), members))
    devs.sort(key=lambda d: (d[0], d[1]))
    dev_of = {}
    for d, (_, _, members) in enumerate(devs):
        for m in members:
            dev_of[m] = d

    head = git(repo, "ls-tree", "-r", "-z", "--full-tree", "HEAD").split(b"\0")
    paths = []
    for entry in head:
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        if meta.split(b" ")[1] == b"blob":
            paths.append(path.decode(errors="replace"))
    analysed = []
    for path in sorted(paths):
        if excluded(path) or path not in live or not files[live[path]]:
            continue
        per = defaultdict(lambda: [0, 0])
        total = 0
        for ident, (changes, additions) in files[live[path]].items():
            per[dev_of[ident]][0] += changes
            per[dev_of[ident]][1] += additions
            total += changes
        doa = {d: 3.293 + 1.098 * (1 if a > 0 else 0) + 0.164 * (c - a) - 0.321 * math.log(1 + total - c)
               for d, (c, a) in per.items()}
        top = max(doa.values())
        authors = [d for d, v in doa.items()
                   if top > 0 and v / top > 0.75 and (v >= 3.293 or per[d][1] > 0)]
        analysed.append((path, authors))

    def truck(subset):
        n = len(subset)
        count = defaultdict(int)
        for _, authors in subset:
            for d in authors:
                count[d] += 1
        order = sorted((d for d in count if count[d] > 0), key=lambda d: (-count[d], d))
        remaining = [len(a) for _, a in subset]
        covered = sum(1 for r in remaining if r > 0)
        removed = []
        for d in order:
            if n == 0 or 2 * covered < n:
                break
            removed.append(d)
            for k, (_, authors) in enumerate(subset):
                if d in authors:
                    remaining[k] -= 1
                    if remaining[k] == 0:
                        covered -= 1
        top = count[removed[0]] if removed else 0
        holders = [(devs[d][0], count[d], 10 * count[d] < top) for d in removed]
        return {"greedy": len(removed), "tf": sum(1 for h in holders if not h[2]),
                "holders": [f"{name}:{files}{'*' if pruned else ''}" for name, files, pruned in holders]}

    components = defaultdict(list)
    for path, authors in analysed:
        folders = path.split("/")[:-1]
        components[folders[0] if folders else "."].append((path, authors))
    return {
        "commits": sum(commits), "developers": len(devs), "files": len(analysed),
        "repository": truck(analysed),
        "components": {name: truck(components[name]) for name in sorted(components)},
    }


def summary(report):
    def result(r):
        return {"greedy": r["greedy"], "tf": r["truckFactor"],
                "holders": [f"{h['name']}:{h['files']}{'*' if h['pruned'] else ''}" for h in r["holders"]]}
    return {
        "commits": report["commitsRead"], "developers": report["developers"], "files": report["truckFactor"]["files"],
        "repository": result(report["truckFactor"]),
        "components": {c["name"]: result(c["result"]) for c in report["components"]},
    }


if __name__ == "__main__":
    if sys.argv[1] == "--summary":
        print(json.dumps(summary(json.load(open(sys.argv[2]))), indent=1, sort_keys=True))
    else:
        print(json.dumps(reference(sys.argv[1]), indent=1, sort_keys=True))
