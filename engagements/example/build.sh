#!/usr/bin/env bash
# Rebuilds the example engagement from its answers files and evidence, with the tool itself and a
# fixed clock, so every file under engagements/example/ is reproducible:
#   engagements/example/build.sh [path/to/sre-engage]
# It replaces engagement.yaml, assessments/ and detections/; answers/ and evidence/ are its inputs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/.build/debug/sre-engage}"
cd "$root"
rm -rf "$here/engagement.yaml" "$here/assessments" "$here/detections"
at() { SRE_ENGAGE_NOW="$1" "${@:2}"; }
e=(--engagements engagements --checklists checklists)

at 2026-09-01T09:00:00Z "$bin" init example --service video-streaming --sre "Dana Kim" --start 2026-09-01 \
  --goal "Bring on-call back under two pages per shift" --goal "Write the first SLOs" --goal "Cut toil below half of ticket time" "${e[@]}" >/dev/null
# Scope and the services in it (the engagement file is plain YAML; these two fields have no command).
python3 - "$here/engagement.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("service: video-streaming\n", "service: video-streaming\nservices:\n- checkout-api\n- ledger\n", 1)
s = s.replace("start: '2026-09-01'\n", "start: '2026-09-01'\nstage: small-critical\nscope: Promo video streaming, checkout API and the ledger behind it, run by a team of eight.\n", 1)
open(p, "w").write(s)
PY

at 2026-09-01T15:00:00Z "$bin" task example learn.one-engineer done --note "Agreed with the team lead: one SRE, six weeks." "${e[@]}" >/dev/null
at 2026-09-02T10:00:00Z "$bin" assess example --answers "$here/answers/dana-baseline.yaml" "${e[@]}" >/dev/null
at 2026-09-02T11:30:00Z "$bin" assess example --answers "$here/answers/minjun-baseline.yaml" "${e[@]}" >/dev/null
at 2026-09-02T12:00:00Z "$bin" task example learn.baseline-assessment done --note "dana and min-jun answered separately." "${e[@]}" >/dev/null
at 2026-09-02T12:00:00Z "$bin" task example learn.exit.baseline done "${e[@]}" >/dev/null
at 2026-09-03T18:00:00Z "$bin" task example learn.shadow-oncall done --note "Three nights as secondary; 19 pages, 16 of them VideoOriginLatencyHigh." "${e[@]}" >/dev/null
at 2026-09-03T18:00:00Z "$bin" detect example --evidence "$here/evidence/alerts" --evidence "$here/evidence/tickets" \
  --evidence "$here/evidence/postmortems/2026-08-14-promo-video-timeouts.md" "${e[@]}" >/dev/null 2>&1
at 2026-09-04T10:00:00Z "$bin" task example learn.team-stage done --note "Small team, business-critical service: reliability first." "${e[@]}" >/dev/null
at 2026-09-04T10:00:00Z "$bin" task example learn.exit.stage-named done "${e[@]}" >/dev/null
at 2026-09-04T10:00:00Z "$bin" decide example "Treat the team as a small critical service: reliability before growth work" \
  --why "Eight people run three revenue paths; the seed's advice for small critical services is to raise reliability and remove the habits in the way." --phase learn "${e[@]}" >/dev/null
at 2026-09-05T16:00:00Z "$bin" task example learn.scaling-habits done --note "Manual disk cleanups and origin restarts scale with traffic; the release train does not." "${e[@]}" >/dev/null
at 2026-09-05T16:00:00Z "$bin" task example learn.exit.scaling-map done "${e[@]}" >/dev/null
at 2026-09-05T16:00:00Z "$bin" task example learn.automation-opportunities done --note "Retention job for ledger disks; cert renewal through the platform issuer." "${e[@]}" >/dev/null
at 2026-09-07T10:00:00Z "$bin" task example stress.run-detector done "${e[@]}" >/dev/null
at 2026-09-07T10:00:00Z "$bin" task example stress.walk-kindling done "${e[@]}" >/dev/null
at 2026-09-07T10:00:00Z "$bin" task example stress.prioritise done --note "1 noisy video alerts, 2 no SLO, 3 toil, 4 rollback-only postmortems." "${e[@]}" >/dev/null
at 2026-09-07T10:00:00Z "$bin" task example stress.exit.ranked done "${e[@]}" >/dev/null
at 2026-09-07T11:00:00Z "$bin" decide example "Rank the noisy video alert first, ahead of the missing SLOs" \
  --why "VideoOriginLatencyHigh is 92 % of all alerts and resolves by itself 9 times in 10; it wakes people every night and hides real pages." \
  --phase identify-stressors --stressor noisy-alerts "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" fire example "Ledger disk filling up" --toil --why "Same manual cleanup every three days; a retention job removes it." "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" fire example "Video origin restarts" --toil --why "A restart hides the origin's slow first megabyte; automate the restart only after the cause is known." "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" fire example "Certificate renewals" --toil --why "Calendar-driven and identical each time: automate with the platform's issuer." "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" fire example "Checkout 502s during sales" --not-toil --why "Needs engineering (pool sizing, load tests), not a runbook; it is overhead until fixed." "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" task example share.sort-fires done "${e[@]}" >/dev/null
at 2026-09-09T10:00:00Z "$bin" task example share.exit.fires-sorted done "${e[@]}" >/dev/null
at 2026-09-09T12:00:00Z "$bin" task example share.effort-sources done "${e[@]}" >/dev/null
at 2026-09-10T10:00:00Z "$bin" decide example "Write the SLO for the promo video's first megabyte before touching the alert" \
  --why "The SLO measures what users feel (the video starting); once it exists, the latency alert can be judged against it instead of against a guess." \
  --phase drive-change --stressor missing-slo "${e[@]}" >/dev/null
at 2026-09-12T10:00:00Z "$bin" slo example add --service video-streaming --file evidence/slo/video-streaming.openslo.yaml "${e[@]}" >/dev/null
at 2026-09-12T10:00:00Z "$bin" task example change.basics done "${e[@]}" >/dev/null
at 2026-09-12T10:00:00Z "$bin" task example change.write-slo done "${e[@]}" >/dev/null
at 2026-09-12T10:00:00Z "$bin" task example change.exit.slo done --note "Video first-megabyte SLO agreed with the product owner: 99 % over 28 days." "${e[@]}" >/dev/null
at 2026-09-16T10:00:00Z "$bin" decide example "Replace VideoOriginLatencyHigh with a burn-rate alert on the video SLO" \
  --why "The old alert fired on p99 spikes that never threatened users; the burn-rate alert pages only when the error budget is at risk." \
  --phase drive-change --stressor noisy-alerts "${e[@]}" >/dev/null
at 2026-09-22T10:00:00Z "$bin" slo example add --service checkout-api --file evidence/slo/checkout-api.sloth.yaml "${e[@]}" >/dev/null
at 2026-09-30T10:00:00Z "$bin" assess example --answers "$here/answers/dana-midpoint.yaml" "${e[@]}" >/dev/null
at 2026-10-10T10:00:00Z "$bin" decide example "Let ji-woo lead the checkout 502 postmortem, with preventive items" \
  --why "Leading the team's next postmortem beats commenting on the old ones; one team member owns the fix and the postmortem explains how it fully solves the issue." \
  --phase share-context --stressor rollback-only-postmortems "${e[@]}" >/dev/null
at 2026-10-10T10:00:00Z "$bin" task example share.next-postmortem done --note "docs: evidence/postmortems/2026-10-09-checkout-502s.md" "${e[@]}" >/dev/null
at 2026-10-10T10:00:00Z "$bin" task example share.exit.postmortem done "${e[@]}" >/dev/null
at 2026-10-20T10:00:00Z "$bin" task example change.fix-root-causes done --note "Pool sizing, saturation alert, disk retention job, video origin first-MB cache." "${e[@]}" >/dev/null
at 2026-10-20T10:00:00Z "$bin" task example change.exit.issues-fixed done "${e[@]}" >/dev/null
at 2026-10-20T10:00:00Z "$bin" task example change.explain-reasoning done "${e[@]}" >/dev/null
at 2026-10-20T10:00:00Z "$bin" task example change.leading-questions done "${e[@]}" >/dev/null
at 2026-10-20T10:00:00Z "$bin" task example change.exit.decisions-logged done "${e[@]}" >/dev/null
at 2026-10-21T10:00:00Z "$bin" decide example "Leave the ledger SLO to the team, with the video SLO as the template" \
  --why "The team should be able to predict the advice after the SRE leaves; writing the third SLO themselves is the test." \
  --phase drive-change --stressor missing-slo "${e[@]}" >/dev/null
at 2026-10-28T10:00:00Z "$bin" assess example --answers "$here/answers/dana-exit.yaml" "${e[@]}" >/dev/null
at 2026-10-28T11:00:00Z "$bin" assess example --answers "$here/answers/minjun-exit.yaml" "${e[@]}" >/dev/null
at 2026-10-28T12:00:00Z "$bin" task example closeout.exit-assessment done "${e[@]}" >/dev/null
at 2026-10-29T10:00:00Z "$bin" detect example "${e[@]}" >/dev/null 2>&1
at 2026-10-30T10:00:00Z "$bin" task example closeout.after-action-report done "${e[@]}" >/dev/null
at 2026-10-30T10:00:00Z "$bin" task example closeout.follow-up done --note "First follow-up assessment 90 days after close." "${e[@]}" >/dev/null
at 2026-10-30T10:00:00Z "$bin" task example closeout.exit.report done "${e[@]}" >/dev/null
at 2026-10-30T16:00:00Z "$bin" close example "${e[@]}" >/dev/null
echo "rebuilt $here"
