#!/usr/bin/env bash
# Silos benchmark: sre-engage silos against the floor (one `git log --reverse --name-status
# --find-renames` to /dev/null) and PyPI peers, on a generated repository of 50,000 commits,
# 5,000+ files and 200 developers (deterministic, built with git fast-import in a temporary
# folder and deleted afterwards).
#
#   benchmarks/silos/run.sh
#
# Environment:
#   RUNS=3                     timed runs of the floor and of sre-engage (medians are reported)
#   PEERS="truckfactor"        peers to run once each: truckfactor, git-fame (slow: blame per file)
#   PEER_TIMEOUT=900           seconds before a peer run is abandoned
#   COMMITS=50000 FILES=5000 DEVELOPERS=200 SEED=7
#   SILOS_BENCH_DIR=/path      keep the repository and the venv there (reused on the next run)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-3}
PEERS=${PEERS:-truckfactor}
PEER_TIMEOUT=${PEER_TIMEOUT:-900}
COMMITS=${COMMITS:-50000}
FILES=${FILES:-5000}
DEVELOPERS=${DEVELOPERS:-200}
SEED=${SEED:-7}

if [ -n "${SILOS_BENCH_DIR:-}" ]; then
    WORK=$SILOS_BENCH_DIR
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d /tmp/silos-bench.XXXXXX)
    trap 'rm -rf "$WORK"' EXIT
fi
REPO=$WORK/repo-$COMMITS-$FILES-$DEVELOPERS-$SEED
VENV=$WORK/venv
MEASURE="python3 $HERE/measure.py"

say() { printf '%s\n' "$*" >&2; }

if [ ! -d "$REPO/.git" ]; then
    say "generating $REPO ($COMMITS commits, $FILES files, $DEVELOPERS developers, seed $SEED)…"
    git -c init.defaultBranch=main init -q "$REPO"
    python3 "$HERE/generate.py" --commits "$COMMITS" --files "$FILES" --developers "$DEVELOPERS" --seed "$SEED" \
        | git -C "$REPO" fast-import --quiet --done
    git -C "$REPO" checkout -q main
fi
say "repository: $(git -C "$REPO" rev-list --count HEAD) commits, $(git -C "$REPO" ls-files | wc -l) files at HEAD, $(git -C "$REPO" log --format=%aE | tr A-Z a-z | sort -u | wc -l) developers"

say "building sre-engage (release)…"
(cd "$ROOT" && swift build -c release --product sre-engage >&2)
BIN=$ROOT/.build/release/sre-engage

if [ ! -x "$VENV/bin/python" ]; then
    say "installing peers in a throwaway virtual environment ($VENV)…"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q truckfactor==0.3.2 git-fame==4.2.1 >&2
fi

# Warm the page cache so the first timed run is not the only one reading from disk.
git -C "$REPO" log --name-status --find-renames --format= > /dev/null

RESULTS=$WORK/results.jsonl
: > "$RESULTS"
record() { # name, then the command
    local name=$1; shift
    local line
    line=$(cd "$WORK" && $MEASURE --stdout "$WORK/$name.out" -- "$@")
    say "  $name: $line"
    printf '{"tool": "%s", "m": %s}\n' "$name" "$line" >> "$RESULTS"
}

say "timing ($RUNS runs each, interleaved)…"
for run in $(seq "$RUNS"); do
    record floor git -C "$REPO" log --reverse --name-status --find-renames
    record sre-engage "$BIN" silos "$REPO" --format json
done
for peer in $PEERS; do
    case $peer in
        truckfactor) record truckfactor timeout "$PEER_TIMEOUT" "$VENV/bin/truckfactor" "$REPO" ;;
        git-fame) record git-fame timeout "$PEER_TIMEOUT" "$VENV/bin/git-fame" -s --format=json "$REPO" ;;
        *) say "unknown peer $peer" ;;
    esac
done

say "cross-checking the result against reference.py (a plain single-process re-implementation)…"
python3 "$HERE/reference.py" "$REPO" > "$WORK/reference.json"
python3 "$HERE/reference.py" --summary "$WORK/sre-engage.out" > "$WORK/sre-engage-summary.json"
if diff -q "$WORK/reference.json" "$WORK/sre-engage-summary.json" > /dev/null; then
    CROSS="identical to the reference implementation (repository and every component: TF, greedy, holders, file counts)"
else
    CROSS="DIFFERS from the reference implementation: diff $WORK/reference.json $WORK/sre-engage-summary.json"
fi

python3 - "$RESULTS" "$WORK" "$CROSS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
tools = []
for r in rows:
    if r["tool"] not in tools:
        tools.append(r["tool"])
def med(tool, key):
    return statistics.median(r["m"][key] for r in rows if r["tool"] == tool)
def runs(tool):
    return sum(1 for r in rows if r["tool"] == tool)
def ok(tool):
    return all(r["m"]["status"] == 0 for r in rows if r["tool"] == tool)
print()
print(f"{'tool':<12} {'runs':>4} {'wall s':>8} {'cpu s':>7} {'own RSS MB':>10} {'max proc RSS MB':>15} {'tree RSS MB':>11} {'tree PSS MB':>11}  status")
for t in tools:
    print(f"{t:<12} {runs(t):>4} {med(t,'wall'):>8.2f} {med(t,'cpu'):>7.2f} {med(t,'peak_main_rss_mb'):>10.1f} "
          f"{med(t,'max_process_rss_mb'):>15.1f} {med(t,'peak_tree_rss_mb'):>11.1f} {med(t,'peak_tree_pss_mb'):>11.1f}  {'ok' if ok(t) else 'FAILED/TIMEOUT'}")
floor, ours = med("floor", "wall"), med("sre-engage", "wall")
print()
print(f"sre-engage / floor wall time: {ours / floor:.2f}x  (target <= 0.75x: {'met' if ours <= 0.75 * floor else 'MISSED'})")
for t in tools:
    if t not in ("floor", "sre-engage"):
        print(f"{t} / sre-engage wall time: {med(t, 'wall') / ours:.1f}x  (target >= 20x: {'met' if med(t, 'wall') >= 20 * ours else 'MISSED'})")
pss = med("sre-engage", "peak_tree_pss_mb")
print(f"sre-engage peak memory (tree PSS, git children included): {pss:.0f} MB; own process {med('sre-engage', 'peak_main_rss_mb'):.0f} MB "
      f"(target < 200 MB: {'met' if pss < 200 else 'MISSED'})")
try:
    report = json.load(open(f"{sys.argv[2]}/sre-engage.out"))
    tf = report["truckFactor"]
    print(f"sre-engage result: truck factor {tf['truckFactor']} (greedy {tf['greedy']}), {report['commitsRead']} commits, "
          f"{tf['files']} files, {report['developers']} developers, {sum(1 for c in report['components'] if c['result']['truckFactor'] == 1)} components with TF 1")
except (OSError, ValueError, KeyError) as e:
    print(f"could not read the sre-engage report: {e}")
print(f"cross-check: {sys.argv[3]}")
PY
