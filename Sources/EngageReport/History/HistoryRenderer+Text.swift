import Foundation

extension HistoryRenderer {
    /// The aligned terminal table: text columns left-aligned, numbers right-aligned, widths
    /// counted in terminal columns so Korean text lines up; footnotes for methodology boundaries
    /// (†) and for a follow-up's regressions against the exit snapshot.
    public func text(_ table: HistoryTable) -> String {
        let l = HistoryLabels.all(table.language)
        let title = style.title(table.team) + (table.checklist.map { " · \($0)" } ?? "")
        guard !table.rows.isEmpty else { return title + ": " + (l["empty"] ?? "") + "\n" }
        let header = [l["snapshot"], l["date"], l["round"], l["respondent"], l["overall"], "Δ"].map { $0 ?? "" }
            + table.principles.map(\.short) + [l["trend"] ?? ""]
        let numeric = Set(4..<(6 + table.principles.count))
        let anyBoundary = table.rows.contains(where: \.boundary)
        var cells: [[String]] = [header]
        for (i, row) in table.rows.enumerated() {
            // The † hangs to the right of the number so digits stay aligned with the rows without one.
            var delta = ScoreFormat.delta(row.delta)
            if row.boundary { delta += "†" } else if anyBoundary { delta += " " }
            var trend = Self.sparkline(table, row: i)
            if row.followUp { trend += " " + (l["followUp"] ?? "") }
            if row.regression { trend += " ⚠ " + (l["regression"] ?? "") }
            cells.append([row.snapshot, row.date, row.round, row.respondent, ScoreFormat.score(row.overall), delta]
                + table.principles.map { ScoreFormat.score(row.principles[$0.id]) } + [trend])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for line in cells { for (i, c) in line.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        var out = [title]
        for (n, line) in cells.enumerated() {
            let last = line.count - 1
            let text = line.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(c))
                if numeric.contains(i) { return pad + c }
                return i == last ? c : c + pad
            }.joined(separator: "  ")
            let row = n == 0 ? nil : table.rows[n - 1]
            out.append(n == 0 ? style.header(text) : (row?.regression == true ? style.bad(text) : text))
        }
        if table.rows.contains(where: \.boundary) {
            out.append("")
            out.append(style.warning("†") + " " + (l["boundary"] ?? ""))
            for row in table.rows where row.boundary {
                let count = row.sharedQuestions.map(String.init) ?? "?"
                out.append("  \(row.snapshot): " + (l["shared"] ?? "{n}").replacingOccurrences(of: "{n}", with: count))
            }
        }
        if table.rows.contains(where: \.followUp) {
            out.append("")
            let exit = table.exit.map { " (\($0))" } ?? ""
            if table.regressions.isEmpty {
                out.append(style.good((l["noRegression"] ?? "") + exit))
            } else {
                out.append(style.bad((l["regressions"] ?? "") + exit))
                for g in table.regressions {
                    let what = g.scope == .overall ? g.id : "\(g.scope.rawValue) \(g.id)"
                    out.append("  \(what): \(g.before) → \(g.after)" + (g.delta.map { " (\(ScoreFormat.delta($0)))" } ?? ""))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
