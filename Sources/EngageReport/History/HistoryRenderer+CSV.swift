import Foundation

extension HistoryRenderer {
    /// One record per snapshot (RFC 4180, CRLF). Scores with three decimals, no locale; empty
    /// cells for missing values; one column per principle id after the fixed ones.
    public func csv(_ table: HistoryTable) -> String {
        func number(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "" }
        var out = CSVField.record(
            ["snapshot", "date", "round", "respondent", "overall", "delta", "boundary", "shared_questions", "follow_up", "regression"]
                + table.principles.map(\.id))
        for row in table.rows {
            out += CSVField.record(
                [row.snapshot, row.date, row.round, row.respondent, number(row.overall), number(row.delta),
                 String(row.boundary), row.sharedQuestions.map(String.init) ?? "", String(row.followUp), String(row.regression)]
                    + table.principles.map { number(row.principles[$0.id]) })
        }
        return out
    }
}
