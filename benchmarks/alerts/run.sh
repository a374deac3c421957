#!/usr/bin/env bash
# Benchmark (not a test): `sre-engage evidence scan` over generated Alertmanager histories
# (NDJSON, one webhook payload per line) side by side with jq computing the same per-alertname
# counts on the same file. Prints throughput and peak memory for each size, then checks:
#   - the largest size is processed at least 5x faster than jq,
#   - peak memory stays under 150 MB,
#   - memory does not grow with file size (largest vs smallest within 25 % + 8 MB),
#   - both tools count the same alerts per name.
#
# usage: benchmarks/alerts/run.sh            (sizes 100000 and 1000000)
#        SIZES="100000 1000000 3000000" benchmarks/alerts/run.sh
# env:   SRE_ENGAGE=path/to/sre-engage (default .build/release/sre-engage, built unless SKIP_BUILD=1)
#        BENCH_DIR=dir to keep generated files between runs (default: a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES="${SIZES:-100000 1000000}"
BIN="${SRE_ENGAGE:-.build/release/sre-engage}"
WORK="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$WORK"
command -v jq >/dev/null || { echo "jq is required (apt-get install jq)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is required at /usr/bin/time (apt-get install time)" >&2; exit 2; }
if [ -z "${SKIP_BUILD:-}" ] && [ -z "${SRE_ENGAGE:-}" ]; then
  swift build -c release --product sre-engage >&2
fi

JQ_PROGRAM='reduce (inputs | .alerts[] | .labels.alertname) as $n ({}; .[$n] += 1)'
for n in $SIZES; do
  file="$WORK/alerts-$n.ndjson"
  if [ ! -s "$file" ]; then
    echo "generating $n alerts…" >&2
    python3 benchmarks/alerts/generate.py "$n" > "$file"
  fi
  echo "running sre-engage on $n alerts…" >&2
  /usr/bin/time -v "$BIN" evidence scan "$file" --format json --checklists checklists \
    > "$WORK/ours-$n.json" 2> "$WORK/ours-$n.time"
  echo "running jq on $n alerts…" >&2
  /usr/bin/time -v jq -n "$JQ_PROGRAM" "$file" > "$WORK/jq-$n.json" 2> "$WORK/jq-$n.time"
done

python3 benchmarks/alerts/report.py "$WORK" $SIZES
