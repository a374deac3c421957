import EngageReport

/// A small report document with a hostile note in every user-controlled place.
enum ReportFixtures {
    static let hostile = "</td><script>alert(\"x\")</script> & 'q'"

    static func document(language: String = "en") -> ReportDocument {
        ReportDocument(
            language: language,
            engagement: ReportEngagement(team: "payments", service: "checkout", services: ["checkout", "ledger"], sre: "Dana <Kim>", start: "2026-09-01", end: "2026-10-30", stage: "small-critical", scope: hostile, goals: ["Write the first SLO", hostile]),
            baseline: ReportRound(round: "baseline", date: "2026-09-02", respondents: ["dana", "lee"]),
            exit: ReportRound(round: "exit", date: "2026-10-28", respondents: ["dana"]),
            scores: [
                ScoreComparisonRow(kind: .overall, id: "overall", title: "Overall", baseline: 24.25, exit: 47.125),
                ScoreComparisonRow(kind: .principle, id: "principle-1", title: "Principle 1", baseline: 15, exit: 55),
                ScoreComparisonRow(kind: .principle, id: "principle-2", title: "Principle 2", baseline: 60, exit: 57),
                ScoreComparisonRow(kind: .checklist, id: "principles", title: "Principles", baseline: 21, exit: 48.54, baselineLevel: "Reactive", exitLevel: "Managed"),
                ScoreComparisonRow(kind: .area, id: "principle-1", title: "Principle 1", baseline: 15, exit: 55),
            ],
            stressors: [
                StressorRow(id: "noisy-alerts", title: "Noisy alerts", severity: "high", status: .open, firstSeen: "2026-09-03", lastSeen: "2026-10-29", observations: ["alerts.top_noisy_share > 0.5 — 0.917"], evidence: ["alerts.ndjson:12 a1"], recommendation: "Fix the noisiest alert."),
                StressorRow(id: "customer-complaints", title: "Complaints", severity: "high", status: .cleared, firstSeen: "2026-09-03", lastSeen: "2026-09-03", observations: [], evidence: [], recommendation: "Write the SLI."),
            ],
            decisions: [DecisionRow(date: "2026-09-10", phase: "drive-change", phaseTitle: "Drive change", decision: "Write the SLO first", why: hostile, stressor: "missing-slo")],
            slos: [SLORow(service: "checkout", objective: "99.9 %", window: "28d", sli: "non-5xx | requests", file: nil)],
            fires: [FireRow(title: "Disk cleanup", toil: true, why: "same every week"), FireRow(title: "Sale 502s", toil: false, why: "needs engineering")],
            remaining: ["Write the ledger SLO"],
            nextSteps: ["Noisy alerts: Fix the noisiest alert."],
            followUp: "2027-01-28",
            trend: [
                TrendPoint(snapshot: "s1", date: "2026-09-02", label: "baseline · dana", overall: 24.25, principles: ["principle-1": 15, "principle-2": 60], boundary: false),
                TrendPoint(snapshot: "s2", date: "2026-10-28", label: "exit · dana", overall: 47.125, principles: ["principle-1": 55, "principle-2": 57], boundary: true),
            ],
            principles: [ReportPrinciple(id: "principle-1", title: "Principle 1", short: "P1"), ReportPrinciple(id: "principle-2", title: "Principle 2", short: "P2")],
            appendix: [AppendixRow(question: "p1.q", section: "Principle 1", text: "Can you?", answer: "Partly", score: 50, note: hostile)])
    }
}
