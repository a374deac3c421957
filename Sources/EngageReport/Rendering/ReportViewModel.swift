/// The report as the nested dictionaries Mustache templates read. Every value a template shows is
/// a preformatted string, so templates stay logic-free and output stays deterministic. The keys
/// are documented in docs/reports.md for people writing their own templates.
enum ReportViewModel {
    static func context(_ doc: ReportDocument, charts: Bool) -> [String: Any] {
        let l = ReportLabels.all(doc.language)
        func list(_ items: [String]) -> [[String: Any]] { items.map { ["text": $0] } }
        var c: [String: Any?] = [
            "lang": doc.language,
            "l": l,
            "team": doc.engagement.team,
            "service": doc.engagement.service,
            "services": doc.engagement.services.joined(separator: ", "),
            "hasServices": !doc.engagement.services.isEmpty,
            "sre": doc.engagement.sre,
            "dates": doc.engagement.start + " – " + (doc.engagement.end ?? "…"),
            "stage": doc.engagement.stage,
            "scope": doc.engagement.scope,
            "goals": list(doc.engagement.goals),
            "hasGoals": !doc.engagement.goals.isEmpty,
            "baseline": doc.baseline.map { round($0, l) },
            "exit": doc.exit.map { round($0, l) },
            "scores": doc.scores.map { row in
                [
                    "title": row.title, "id": row.id, "kind": row.kind.rawValue,
                    "isArea": row.kind == .area, "isHeader": row.kind == .checklist || row.kind == .overall,
                    "baseline": ScoreFormat.score(row.baseline), "exit": ScoreFormat.score(row.exit),
                    "delta": ScoreFormat.delta(row.delta),
                    "deltaClass": (row.delta ?? 0) > 0.05 ? "up" : ((row.delta ?? 0) < -0.05 ? "down" : "flat"),
                    "level": levelChange(row),
                    "coverage": ScoreFormat.percent(row.coverage),
                ] as [String: Any]
            },
            "stressors": doc.stressors.map { s in
                [
                    "id": s.id, "title": s.title, "severity": s.severity, "status": l[s.status.rawValue] ?? s.status.rawValue,
                    "statusClass": s.status.rawValue, "firstSeen": s.firstSeen ?? "–", "lastSeen": s.lastSeen ?? "–",
                    "observations": list(s.observations), "evidence": list(s.evidence), "recommendation": s.recommendation,
                    "hasEvidence": !s.evidence.isEmpty,
                ] as [String: Any]
            },
            "hasCoverage": doc.scores.contains { $0.coverage != nil },
            "hasStressors": !doc.stressors.isEmpty,
            "decisions": doc.decisions.map { d in
                (["date": d.date, "phase": d.phaseTitle ?? d.phase ?? "–", "decision": d.decision, "why": d.why, "stressor": d.stressor] as [String: Any?]).compactMapValues { $0 }
            },
            "hasDecisions": !doc.decisions.isEmpty,
            "slos": doc.slos.map { s in
                ["service": s.service, "objective": s.objective ?? "–", "window": s.window ?? "–", "sli": s.sli ?? "–", "file": s.file ?? "–", "hasFile": s.file != nil] as [String: Any]
            },
            "hasSLOs": !doc.slos.isEmpty,
            "toilFires": doc.fires.filter(\.toil).map { ["title": $0.title, "why": $0.why] as [String: Any] },
            "otherFires": doc.fires.filter { !$0.toil }.map { ["title": $0.title, "why": $0.why] as [String: Any] },
            "hasFires": !doc.fires.isEmpty,
            "remaining": list(doc.remaining),
            "hasRemaining": !doc.remaining.isEmpty,
            "nextSteps": list(doc.nextSteps),
            "hasNextSteps": !doc.nextSteps.isEmpty,
            "followUp": doc.followUp ?? (l["notScheduled"] ?? ""),
            "appendix": doc.appendix.map { a in
                (["question": a.question, "section": a.section, "text": a.text, "answer": a.answer, "score": ScoreFormat.score(a.score), "note": a.note ?? "",
                  "notApplicable": a.notApplicableReason, "respondents": a.respondents.isEmpty ? nil : a.respondents.joined(separator: ", ")] as [String: Any?]).compactMapValues { $0 }
            },
            "hasAppendix": !doc.appendix.isEmpty,
            "regressions": doc.regressions.map { g in
                [
                    "scope": g.scope.rawValue, "id": g.id, "before": g.before, "after": g.after,
                    "delta": ScoreFormat.delta(g.delta),
                ] as [String: Any]
            },
            "hasRegressions": !doc.regressions.isEmpty,
            "followUpRound": doc.followUpRound.map { round($0, l) },
            "trendSummary": trendSummary(doc.trend, l),
        ]
        if charts {
            let principles = doc.principles
            let rows = Dictionary(doc.scores.filter { $0.kind == .principle }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            c["principleChart"] = BarChart(
                title: l["chartPrinciples"] ?? "",
                groups: principles.map { p in (p.short, p.title, rows[p.id]?.baseline, rows[p.id]?.exit) },
                baselineLabel: (l["baseline"] ?? "") + (doc.baseline.map { " (\($0.date))" } ?? ""),
                exitLabel: (l["exit"] ?? "") + (doc.exit.map { " (\($0.date))" } ?? "")).svg()
            c["trendChart"] = TrendChart(title: l["chartTrend"] ?? "", points: doc.trend, principles: principles, overallLabel: l["overall"] ?? "", boundaryLabel: l["boundary"] ?? "", boundaryShortLabel: l["boundaryShort"] ?? "").svg()
            c["principleKey"] = principles.map { ["short": $0.short, "title": $0.title] as [String: Any] }
        }
        return c.compactMapValues { $0 }
    }

    static func round(_ r: ReportRound, _ l: [String: String]) -> [String: Any] {
        ["round": r.round, "date": r.date, "respondents": r.respondents.joined(separator: ", ")]
    }

    static func levelChange(_ row: ScoreComparisonRow) -> String {
        switch (row.baselineLevel, row.exitLevel) {
        case let (a?, b?) where a != b: return "\(a) → \(b)"
        case let (a?, b?): return a == b ? a : "\(a) → \(b)"
        case let (nil, b?): return b
        case let (a?, nil): return a
        default: return ""
        }
    }

    /// The overall score over the snapshots as a sparkline with its first and last value, for
    /// formats without charts; absent when no snapshot has an overall score.
    static func trendSummary(_ trend: [TrendPoint], _ l: [String: String]) -> [String: Any]? {
        let scored = trend.compactMap(\.overall)
        guard let first = scored.first, let last = scored.last else { return nil }
        let boundaries = trend.filter(\.boundary).count
        func counted(_ key: String, _ n: Int) -> String { (l[key] ?? "{n}").replacingOccurrences(of: "{n}", with: String(n)) }
        let counts = [counted("snapshots", trend.count)] + (boundaries == 0 ? [] : [counted("boundaries", boundaries)])
        return [
            "sparkline": Sparkline.render(trend.map(\.overall)).replacingOccurrences(of: " ", with: "·"),
            "first": ScoreFormat.score(first), "last": ScoreFormat.score(last), "counts": counts.joined(separator: ", "),
        ]
    }
}
