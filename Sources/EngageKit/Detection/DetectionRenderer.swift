import EngageAnalysis
import EngageCore
import Foundation

/// Prints a detection run: findings first (by severity), each with the conditions that fired,
/// observed values, evidence and the recommendation; then what could not be determined and which
/// evidence would settle it.
public struct DetectionRenderer: Sendable {
    public var language: Language
    public var style: TerminalStyle

    public init(language: Language, style: TerminalStyle = .plain) {
        self.language = language
        self.style = style
    }

    static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    public func text(_ snapshot: DetectionSnapshot) -> String {
        let ko = language == .ko
        var out: [String] = []
        let found = Self.ordered(snapshot.found)
        out.append(style.bold(ko ? "\(snapshot.team): 스트레스 요인 \(found.count)개 발견" : "\(snapshot.team): \(found.count) stressor\(found.count == 1 ? "" : "s") found") + style.dim(" · \(snapshot.takenAt)" + (snapshot.round.map { " · round \($0)" } ?? "")))
        for f in found {
            out.append("")
            let sev = f.severity == .high ? style.red("HIGH") : (f.severity == .medium ? style.yellow("MEDIUM") : "LOW")
            out.append("\(sev)  " + style.bold(f.title.text(language)) + style.dim("  [\(f.stressor)]"))
            for o in f.fired {
                out.append("  ✓ \(o.condition)" + (o.observed.map { style.dim("  observed: \($0)") } ?? ""))
                for e in o.evidence.prefix(3) { out.append(style.dim("      \(e)")) }
                if o.evidence.count > 3 { out.append(style.dim("      … \(o.evidence.count - 3) more")) }
            }
            out.append("  → " + f.recommendation.text(language))
        }
        let undetermined = snapshot.findings.filter { $0.status == .undetermined }
        if !undetermined.isEmpty {
            out.append("")
            out.append(style.bold(ko ? "판단 불가 (근거 부족):" : "Undetermined (not enough evidence):"))
            for f in undetermined {
                out.append("  \(f.title.text(language)) [\(f.stressor)]")
                for s in f.settleWith { out.append(style.dim("    needs \(s)")) }
            }
        }
        let clear = snapshot.findings.filter { $0.status == .clear }
        if !clear.isEmpty {
            out.append("")
            out.append(style.dim((ko ? "해당 없음: " : "Clear: ") + clear.map(\.stressor).joined(separator: ", ")))
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func markdown(_ snapshot: DetectionSnapshot) -> String {
        var out: [String] = ["# Stressors: \(snapshot.team)", "", "Detected \(snapshot.takenAt)" + (snapshot.round.map { ", assessment round \($0)" } ?? "") + ".", ""]
        for f in Self.ordered(snapshot.found) {
            out.append("## \(f.title.text(language)) (`\(f.stressor)`, \(f.severity.rawValue))")
            out.append("")
            for o in f.fired {
                out.append("- `\(o.condition)`" + (o.observed.map { " — observed \($0)" } ?? ""))
                for e in o.evidence.prefix(5) { out.append("  - \(e)") }
            }
            out.append("")
            out.append("**Recommendation.** " + f.recommendation.text(language))
            out.append("")
        }
        let undetermined = snapshot.findings.filter { $0.status == .undetermined }
        if !undetermined.isEmpty {
            out.append("## Undetermined")
            out.append("")
            for f in undetermined { out.append("- \(f.title.text(language)) (`\(f.stressor)`): needs " + f.settleWith.joined(separator: "; ")) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    public func json(_ snapshot: DetectionSnapshot) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(snapshot), as: UTF8.self) + "\n"
    }
}
