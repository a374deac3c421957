import EngageCore

/// Renders a checklist, the guide or the stressor catalogue as readable plain text.
public struct ChecklistRenderer: Sendable {
    public var language: Language
    public var style: TerminalStyle

    public init(language: Language, style: TerminalStyle = .plain) {
        self.language = language
        self.style = style
    }

    private func t(_ text: LocalizedText?) -> String { text?.text(language) ?? "" }

    public func render(_ checklist: Checklist) -> String {
        var out: [String] = []
        out.append(style.bold("\(t(checklist.title))") + "  [\(checklist.id) v\(checklist.version)]")
        if let d = checklist.description { out.append(wrap(t(d), indent: "")) }
        if let s = checklist.source { out.append(style.dim("source: \(s)")) }
        for section in checklist.sections {
            out.append("")
            var header = "## \(t(section.title))  [\(section.id)"
            if section.weight != 1 { header += ", weight \(section.weight.compactString)" }
            if let p = section.principle, p != section.id { header += ", → \(p)" }
            out.append(style.bold(header + "]"))
            for (index, question) in section.questions.enumerated() {
                out.append("")
                var line = "\(index + 1). \(t(question.text))"
                if question.weight != 1 { line += "  (×\(question.weight.compactString))" }
                out.append(line)
                out.append(style.dim("   [\(question.id)]" + (question.source.map { "  source: \($0)" } ?? "")))
                for option in question.options {
                    let risk = question.risk(for: option.id)
                    let flag = risk == .none ? "" : (risk == .high ? style.red(" HIGH") : style.yellow(" MEDIUM"))
                    out.append("   - \(option.id) (\(option.score.compactString)): \(t(option.label))\(flag)")
                }
                if let help = question.help { out.append(wrap(t(help), indent: "   ? ")) }
            }
        }
        if !checklist.levels.isEmpty {
            out.append("")
            out.append(style.bold(language == .ko ? "## 수준" : "## Levels"))
            for (index, level) in checklist.levels.enumerated() {
                let requires = level.requires.isEmpty ? "—" : level.requires.map(\.description).joined(separator: "; ")
                out.append("\(index + 1). \(t(level.title)) [\(level.id)]: \(requires)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func render(_ guide: Guide) -> String {
        var out: [String] = []
        out.append(style.bold(t(guide.title)) + "  [\(guide.id) v\(guide.version)]")
        if let d = guide.description { out.append(wrap(t(d), indent: "")) }
        if let staffing = guide.staffing {
            out.append("")
            out.append((language == .ko ? "팀당 최대 SRE: " : "At most SREs per team: ") + "\(staffing.maxEmbeddedSREs)")
            out.append(wrap(t(staffing.why), indent: "  "))
        }
        for (index, phase) in guide.phases.enumerated() {
            out.append("")
            out.append(style.bold("\(index + 1). \(t(phase.title))  [\(phase.id)]"))
            if let goal = phase.goal { out.append(wrap(t(goal), indent: "   ")) }
            for task in phase.tasks {
                out.append("   - [ ] \(t(task.title))  " + style.dim("[\(task.id)]"))
                if let detail = task.detail { out.append(wrap(t(detail), indent: "         ")) }
                for (n, step) in task.steps.enumerated() { out.append("         \(n + 1). \(t(step))") }
            }
            if !phase.exitCriteria.isEmpty {
                out.append("   " + (language == .ko ? "완료 기준:" : "Exit criteria:"))
                for item in phase.exitCriteria { out.append("   - [ ] \(t(item.title))  " + style.dim("[\(item.id)]")) }
            }
            for note in phase.notes { out.append(wrap("※ " + t(note.title) + (note.detail.map { ": " + t($0) } ?? ""), indent: "   ")) }
        }
        if !guide.outcomes.isEmpty {
            out.append("")
            out.append(style.bold(language == .ko ? "결과물" : "Outcomes"))
            for item in guide.outcomes { out.append("- \(t(item.title))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func render(_ catalog: StressorCatalog) -> String {
        var out: [String] = []
        out.append(style.bold(t(catalog.title)) + "  [\(catalog.id) v\(catalog.version)]")
        for stressor in catalog.stressors {
            out.append("")
            out.append(style.bold("\(t(stressor.title))") + "  [\(stressor.id), \(stressor.severity.rawValue)]")
            out.append(wrap(t(stressor.description), indent: "  "))
            out.append(style.dim("  detect: \(stressor.detect)"))
            out.append(wrap("→ " + t(stressor.recommendation), indent: "  "))
            if let s = stressor.source { out.append(style.dim("  source: \(s)")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Wraps at 100 columns on spaces (Korean text wraps on its spaces too).
    func wrap(_ text: String, indent: String, width: Int = 100) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            for word in paragraph.split(separator: " ") {
                if line.count + word.count + 1 > width, line.count > indent.count {
                    lines.append(line)
                    line = String(repeating: " ", count: indent.count)
                }
                if line.count > indent.count { line += " " }
                line += word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
