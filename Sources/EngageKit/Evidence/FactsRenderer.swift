import EngageCore
import Foundation

/// Prints collected facts: an aligned text table, or JSON for machines.
public enum FactsRenderer {
    public static func text(_ facts: FactSet, style: TerminalStyle = .plain) -> String {
        let rows = facts.sorted
        if rows.isEmpty { return "no facts collected\n" }
        let width = rows.map(\.name.count).max() ?? 0
        var out: [String] = []
        for fact in rows {
            let name = fact.name.padding(toLength: width, withPad: " ", startingAt: 0)
            out.append("\(style.bold(name))  \(fact.value.summary)")
            if case .list(let items) = fact.value {
                for item in items.prefix(8) {
                    out.append(String(repeating: " ", count: width + 2) + "- \(item.value)" + (item.detail.map { ": \($0)" } ?? "") + (item.evidence.first.map { style.dim("  (\($0))") } ?? ""))
                }
            } else if let e = fact.evidence.first {
                out.append(String(repeating: " ", count: width + 2) + style.dim("evidence: \(e)" + (fact.evidence.count > 1 ? " and \(fact.evidence.count - 1) more" : "")))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ facts: FactSet) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(facts.sorted), as: UTF8.self) + "\n"
    }
}
