import EngageAnalysis
import EngageReport

/// A history of five snapshots: a baseline by two respondents, a midpoint after a checklist edit
/// (boundary), the exit, and a follow-up after close that lost ground.
enum HistoryFixtures {
    static let principles = [
        ReportPrinciple(id: "principle-1", title: "Principle 1", short: "P1"),
        ReportPrinciple(id: "principle-2", title: "Principle 2", short: "P2"),
    ]

    static func table(language: String = "en") -> HistoryTable {
        HistoryTable(
            team: "payments", checklist: "principles", language: language, principles: principles,
            rows: [
                HistoryTableRow(snapshot: "20260902T100000Z-dana", date: "2026-09-02", round: "baseline", respondent: "dana", overall: 24.25, principles: ["principle-1": 15, "principle-2": 33.5], delta: nil),
                HistoryTableRow(snapshot: "20260902T110000Z-민준", date: "2026-09-02", round: "baseline", respondent: "민준", overall: 30, principles: ["principle-1": 20, "principle-2": 40], delta: 5.75),
                HistoryTableRow(snapshot: "20260930T100000Z-dana", date: "2026-09-30", round: "midpoint", respondent: "dana, \"the\" SRE", overall: 41, principles: ["principle-1": 38, "principle-2": 44], delta: 9.5, boundary: true, sharedQuestions: 11),
                HistoryTableRow(snapshot: "20261028T100000Z-dana", date: "2026-10-28", round: "exit", respondent: "dana", overall: 62.5, principles: ["principle-1": 60, "principle-2": 65], delta: 21.5),
                HistoryTableRow(snapshot: "20270128T100000Z-dana", date: "2027-01-28", round: "follow-up-1", respondent: "dana", overall: 55, principles: ["principle-1": 46, "principle-2": 64], delta: -7.5, followUp: true, regression: true),
            ],
            exit: "exit",
            regressions: [
                Regression(scope: .overall, id: "overall", before: "62.5", after: "55.0", delta: -7.5),
                Regression(scope: .principle, id: "principle-1", before: "60.0", after: "46.0", delta: -14),
            ])
    }
}
