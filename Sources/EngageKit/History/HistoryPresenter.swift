import EngageCore
import EngageReport
import Foundation

/// Turns a computed history into EngageReport's `HistoryTable` and renders it by format name
/// (`text` with sparklines, `json`, `csv`), with terminal colours when the style allows.
public struct HistoryPresenter: Sendable {
    public var library: ChecklistLibrary
    public var language: Language

    public init(library: ChecklistLibrary, language: Language) {
        self.library = library
        self.language = language
    }

    /// The display table: principle columns titled from the principles checklist (P1…P4).
    public func table(_ result: HistoryResult) -> HistoryTable {
        let declared = library.assessments.first(where: \.definesPrinciples)?.sections ?? []
        let principles = result.principles.map { id -> ReportPrinciple in
            let index = declared.firstIndex { $0.id == id }
            return ReportPrinciple(id: id, title: index.map { declared[$0].title.text(language) } ?? id, short: index.map { "P\($0 + 1)" } ?? id)
        }
        let latestFollowUpRound = result.rows.last(where: \.followUp)?.round
        let rows = result.rows.map { r in
            HistoryTableRow(
                snapshot: r.snapshot, date: String(r.takenAt.prefix(10)), round: r.round, respondent: r.respondent, overall: r.overall,
                principles: r.principles, delta: r.delta, boundary: r.boundary, sharedQuestions: r.sharedQuestions,
                followUp: r.followUp, regression: r.followUp && r.round == latestFollowUpRound && !result.regressions.isEmpty)
        }
        return HistoryTable(team: result.team, checklist: result.checklist, language: language.rawValue, principles: principles, rows: rows, exit: result.exitRound, regressions: result.regressions)
    }

    public func render(_ result: HistoryResult, format: String, style: TerminalStyle) throws(EngageError) -> String {
        guard let kind = HistoryFormat(rawValue: format) else {
            throw EngageError.usage("history prints \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let textStyle = style.colour
            ? HistoryTextStyle(header: { style.dim($0) }, title: { style.bold($0) }, warning: { style.yellow($0) }, good: { style.green($0) }, bad: { style.red($0) })
            : .plain
        do {
            return try HistoryRenderer(style: textStyle).render(table(result), as: kind)
        } catch {
            throw EngageError(error.diagnostics)
        }
    }
}
