#!/usr/bin/env python3
"""Deterministic generator of Alertmanager webhook payloads as NDJSON (one payload per line).

usage: generate.py ALERTS [SEED] > alerts.ndjson

Every alert appears exactly once (as a firing or a resolved notification), grouped 1-5 alerts per
payload like Alertmanager's group_by [alertname], so per-alertname counts are well defined and
equal for any tool that counts `.alerts[].labels.alertname`. Timestamps advance 0-60 s per alert
from 2024-01-01T00:00:00Z; 200 alert names x 50 instances give at most 10,000 fingerprints, so the
number of distinct alerts does not grow with the file.
"""
import sys

def main():
    total = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42
    state = seed & 0xFFFFFFFF

    def rand(n):
        nonlocal state
        state = (1103515245 * state + 12345) & 0x7FFFFFFF
        return state % n

    names = []
    for i in range(200):
        names.append(f"Synthetic{['Latency','ErrorRate','Saturation','DiskFull','Crashloop','CertExpiry','QueueDepth','ProbeFailure'][i % 8]}{i:03d}")
    severities = ["critical", "warning", "info", "page"]
    t = 1704067200  # 2024-01-01T00:00:00Z
    out = sys.stdout
    write = out.write
    made = 0

    def iso(seconds, frac):
        import time
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{frac:03d}Z"

    while made < total:
        group = min(1 + rand(5), total - made)
        n = rand(200)
        name = names[n]
        sev = severities[n % 4]
        alerts = []
        for _ in range(group):
            t += 1 + rand(60)
            inst = rand(50)
            fp = f"{(n * 50 + inst) * 2654435761 & 0xFFFFFFFFFFFFFFFF:016x}"
            runbook = f',"runbook_url":"https://runbooks.example.com/{name}"' if n % 10 < 7 else ""
            starts = iso(t, rand(1000))
            if rand(10) < 6:
                status = "resolved"
                ends = iso(t + 30 + rand(7200), rand(1000))
            else:
                status = "firing"
                ends = "0001-01-01T00:00:00Z"
            alerts.append(
                '{"status":"%s","labels":{"alertname":"%s","instance":"10.0.%d.%d:9100","job":"node","namespace":"prod","service":"svc-%d","severity":"%s"},'
                '"annotations":{"summary":"%s on instance %d","description":"Synthetic alert for benchmarking"%s},'
                '"startsAt":"%s","endsAt":"%s","generatorURL":"http://prometheus.example.com:9090/graph?g0.expr=up%%3D%%3D0","fingerprint":"%s"}'
                % (status, name, inst // 10, inst, n % 17, sev, name, inst, runbook, starts, ends, fp))
            made += 1
        status = "firing" if any('"status":"firing"' in a for a in alerts) else "resolved"
        write('{"receiver":"team-pager","status":"%s","alerts":[%s],"groupLabels":{"alertname":"%s"},'
              '"commonLabels":{"alertname":"%s","job":"node","severity":"%s"},"commonAnnotations":{},'
              '"externalURL":"http://alertmanager.example.com:9093","version":"4",'
              '"groupKey":"{}:{alertname=\\"%s\\"}","truncatedAlerts":0}\n'
              % (status, ",".join(alerts), name, name, sev, name))

main()
