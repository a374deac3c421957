#!/usr/bin/env python3
"""Runs a command and prints one JSON line: wall seconds, user+sys CPU seconds, the largest
resident set of any single process in its tree (what `/usr/bin/time -v` calls "Maximum resident
set size"), and the peak of the whole tree's resident sets summed (sampled from /proc every
SAMPLE seconds, so the command and every git child it runs are counted together).

    measure.py [--stdout FILE] -- COMMAND...
"""
import json
import os
import resource
import subprocess
import sys
import threading
import time

SAMPLE = 0.02


def tree(pid):
    """The pid and all its descendants (Linux /proc children lists)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, IndexError, ValueError):
        return 0


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def main():
    args = sys.argv[1:]
    stdout_path = os.devnull
    if args[:1] == ["--stdout"]:
        stdout_path, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    peak = [0, 0, 0]
    done = threading.Event()
    with open(stdout_path, "wb") as out:
        start = time.monotonic()
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL)

        def sample():
            while not done.is_set():
                pids = tree(proc.pid)
                peak[0] = max(peak[0], sum(rss_kb(p) for p in pids))
                peak[1] = max(peak[1], sum(pss_kb(p) for p in pids))
                peak[2] = max(peak[2], rss_kb(proc.pid))
                done.wait(SAMPLE)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        status = proc.wait()
        wall = time.monotonic() - start
        done.set()
        sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "status": status,
        "wall": round(wall, 3),
        "cpu": round(usage.ru_utime + usage.ru_stime, 3),
        "max_process_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "peak_tree_rss_mb": round(peak[0] / 1024, 1),
        "peak_tree_pss_mb": round(peak[1] / 1024, 1),
        "peak_main_rss_mb": round(peak[2] / 1024, 1),
    }))


if __name__ == "__main__":
    main()
