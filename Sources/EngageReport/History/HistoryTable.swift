import EngageAnalysis

/// A team's score history ready to display: every snapshot in time order, the principle columns,
/// and what a follow-up assessment lost against the exit snapshot. Pure data; render it with
/// `HistoryRenderer`.
public struct HistoryTable: Sendable, Hashable, Codable {
    public var team: String
    /// The checklist the history is restricted to, if any.
    public var checklist: String?
    /// `en` or `ko`; picks the column headings and footnotes of the text table.
    public var language: String
    /// Principle columns in order; `short` heads the text column, `id` keys the row values.
    public var principles: [ReportPrinciple]
    public var rows: [HistoryTableRow]
    /// The snapshot or round the engagement closed on, when it is closed.
    public var exit: String?
    public var regressions: [Regression]

    public init(
        team: String, checklist: String? = nil, language: String = "en", principles: [ReportPrinciple],
        rows: [HistoryTableRow], exit: String? = nil, regressions: [Regression] = []
    ) {
        self.team = team
        self.checklist = checklist
        self.language = language
        self.principles = principles
        self.rows = rows
        self.exit = exit
        self.regressions = regressions
    }
}
