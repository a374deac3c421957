import EngageAnalysis
import EngageCore
import Foundation

/// The scorecard as an aligned text table: one row per section grouped by checklist, then the
/// principles and the overall score, with coverage, high/medium risk counts and levels.
public struct ScorecardTable: Sendable {
    public var library: ChecklistLibrary
    public var language: Language
    public var style: TerminalStyle

    public init(library: ChecklistLibrary, language: Language, style: TerminalStyle = .plain) {
        self.library = library
        self.language = language
        self.style = style
    }

    public static func format(_ score: Double?) -> String {
        guard let score else { return "–" }
        return String(format: "%.1f", (score * 10).rounded() / 10)
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", (x * 100).rounded()) }

    public func render(_ card: Scorecard) -> String {
        let ko = language == .ko
        var rows: [[String]] = [[ko ? "영역" : "Area", ko ? "점수" : "Score", ko ? "응답률" : "Coverage", "HRI", "MRI"]]
        var separators: Set<Int> = [1]
        for group in card.checklists {
            let checklist = library.checklist(group.id)
            separators.insert(rows.count)
            rows.append([style.bold(checklist?.title.text(language) ?? group.id) + (group.level.map { "  [\(levelTitle(checklist, $0))]" } ?? ""), Self.format(group.score), Self.percent(group.coverage), "\(group.risks.high)", "\(group.risks.medium)"])
            for sid in group.sections {
                guard let s = card.section(sid) else { continue }
                let title = checklist?.sections.first { $0.id == sid }?.title.text(language) ?? sid
                rows.append(["  " + title, Self.format(s.score), Self.percent(s.coverage), "\(s.risks.high)", "\(s.risks.medium)"])
            }
        }
        let principleSections = Dictionary(library.assessments.filter(\.definesPrinciples).flatMap(\.sections).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if !card.principles.isEmpty {
            separators.insert(rows.count)
            rows.append([style.bold(ko ? "원칙별" : "By principle"), "", "", "", ""])
            for p in card.principles {
                rows.append(["  " + (principleSections[p.id]?.title.text(language) ?? p.id), Self.format(p.score), Self.percent(p.coverage), "\(p.risks.high)", "\(p.risks.medium)"])
            }
        }
        separators.insert(rows.count)
        rows.append([style.bold(ko ? "전체" : "Overall"), style.bold(Self.format(card.overall.score)), Self.percent(card.overall.coverage), "\(card.overall.risks.high)", "\(card.overall.risks.medium)"])
        return table(rows, separators: separators)
    }

    func levelTitle(_ checklist: Checklist?, _ id: String) -> String {
        checklist?.levels.first { $0.id == id }?.title.text(language) ?? id
    }

    func table(_ rows: [[String]], separators: Set<Int>) -> String {
        func width(_ s: String) -> Int { QuestionnaireScreen.columns(Self.stripANSI(s)) }
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        widths[0] = min(widths[0], 72)
        var out: [String] = []
        for (index, row) in rows.enumerated() {
            if separators.contains(index) { out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = max(0, widths[i] - width(cell))
                line += i == 0 ? cell + String(repeating: " ", count: pad) : "  " + String(repeating: " ", count: pad) + cell
            }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func stripANSI(_ s: String) -> String {
        var out = ""
        var inEscape = false
        for c in s.unicodeScalars {
            if inEscape { if c == "m" { inEscape = false }; continue }
            if c == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(c)
        }
        return out
    }
}
