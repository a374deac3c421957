import EngageCore

/// Draws the questionnaire for a state: header, progress bar (overall and for the section),
/// section title, question, numbered options, the previous round's answer, the key legend.
public struct QuestionnaireScreen: Sendable {
    public var team: String
    public var language: Language
    public var style: TerminalStyle
    public var width: Int

    public init(team: String, language: Language, style: TerminalStyle, width: Int) {
        self.team = team
        self.language = language
        self.style = style
        self.width = max(40, width)
    }

    private var ko: Bool { language == .ko }

    public func lines(for s: QuestionnaireSession) -> [String] {
        var out: [String] = []
        let answered = s.answeredCount
        out.append(style.bold("sre-engage assess · \(team)") + style.dim(" · \(language.rawValue)"))
        out.append(progressBar(done: answered, total: s.items.count) + " \(answered)/\(s.items.count) " + (ko ? "답변" : "answered"))
        guard let item = s.current else {
            out.append("")
            out.append(contentsOf: review(s))
            out.append("")
            out.append(status(s) ?? style.dim(ko ? "Enter 스냅샷 저장 · b 뒤로 · q 초안 저장 후 종료" : "Enter save snapshot · b back · q save draft and quit"))
            return out
        }
        let sectionItems = s.items.filter { $0.sectionNumber == item.sectionNumber }
        let sectionDone = sectionItems.filter { x in s.answers[x.question.id].map { if case .skipped = $0.choice { false } else { true } } ?? false }.count
        let sections = (s.items.last?.sectionNumber ?? 0) + 1
        out.append(style.dim("\(item.checklist.title.text(language)) · ") + (ko ? "섹션" : "section") + " \(item.sectionNumber + 1)/\(sections) " + progressBar(done: sectionDone, total: sectionItems.count, width: 10) + " \(sectionDone)/\(sectionItems.count)")
        out.append("")
        out.append(style.bold(item.section.title.text(language)))
        let number = s.index + 1
        out.append(style.dim("Q\(number)/\(s.items.count) [\(item.question.id)]" + (item.question.weight != 1 ? " ×\(item.question.weight.compactString)" : "")))
        out.append(contentsOf: wrap(item.question.text.text(language), indent: ""))
        out.append("")
        if case .help = s.mode {
            out.append(style.cyan(ko ? "왜 중요한가" : "Why it matters"))
            out.append(contentsOf: wrap("  " + (item.question.help?.text(language) ?? (ko ? "(설명 없음)" : "(no help text)")), indent: "  "))
            if let source = item.question.source { out.append(style.dim("  source: \(source)")) }
            out.append("")
            out.append(style.dim(ko ? "아무 키나 누르면 돌아갑니다" : "Press any key to go back"))
            return out
        }
        let current = s.answers[item.question.id]
        for (i, option) in item.question.options.enumerated() {
            let marker = i == s.highlight ? style.cyan("›") : " "
            let chosen = current?.optionID == option.id ? style.green(" ✓") : ""
            var line = "\(marker) \(i + 1). \(option.label.text(language))"
            if let d = option.description?.text(language), !d.isEmpty { line += style.dim(" — \(d)") }
            out.append(contentsOf: wrap(line + chosen, indent: "     "))
        }
        out.append("")
        if let prev = s.previous[item.question.id] {
            out.append(style.dim((ko ? "지난 라운드: " : "Last round: ") + describe(prev, item.question)))
        }
        if let current {
            out.append((ko ? "현재: " : "Current: ") + describe(current, item.question))
        }
        if case let .typing(field, buffer) = s.mode {
            let label: String
            switch field {
            case .note: label = ko ? "메모" : "Note"
            case .evidence: label = ko ? "근거 링크" : "Evidence link"
            case .notApplicableReason: label = ko ? "해당 없음 사유" : "Not applicable because"
            }
            out.append("")
            out.append(style.bold("\(label): ") + buffer + "▏")
            out.append(style.dim(ko ? "Enter 저장 · Esc 취소" : "Enter save · Esc cancel"))
        } else {
            out.append("")
            out.append(status(s) ?? legend(options: item.question.options.count))
        }
        return out
    }

    private func status(_ s: QuestionnaireSession) -> String? {
        s.message.map { style.yellow($0) }
    }

    private func legend(options: Int) -> String {
        style.dim(ko
            ? "1-\(options) 답변 · ↑↓ Enter · b 뒤로 · s 건너뛰기 · x 해당 없음 · n 메모 · l 링크 · ? 설명 · q 저장 후 종료"
            : "1-\(options) answer · ↑↓ Enter · b back · s skip · x n/a · n note · l link · ? why · q save & quit")
    }

    private func review(_ s: QuestionnaireSession) -> [String] {
        var skipped = 0, na = 0, options = 0
        for item in s.items {
            switch s.answers[item.question.id]?.choice {
            case .option?: options += 1
            case .notApplicable?: na += 1
            case .skipped?, nil: skipped += 1
            }
        }
        if ko {
            return [style.bold("모든 질문을 확인했습니다."), "답변 \(options) · 해당 없음 \(na) · 건너뜀 \(skipped)"]
        }
        return [style.bold("Every question visited."), "\(options) answered · \(na) not applicable · \(skipped) skipped"]
    }

    func describe(_ answer: Answer, _ question: Question) -> String {
        var text: String
        switch answer.choice {
        case .option(let id):
            let step = question.step(of: id).map { "\($0 + 1). " } ?? ""
            text = step + (question.option(id)?.label.text(language) ?? id)
        case .notApplicable(let reason): text = (ko ? "해당 없음 (" : "not applicable (") + reason + ")"
        case .skipped: text = ko ? "건너뜀" : "skipped"
        }
        if let note = answer.note { text += " · " + (ko ? "메모: " : "note: ") + note }
        if !answer.evidence.isEmpty { text += " · " + answer.evidence.joined(separator: ", ") }
        return text
    }

    /// `[████████░░░░]`.
    public func progressBar(done: Int, total: Int, width barWidth: Int = 24) -> String {
        let filled = total == 0 ? 0 : Int((Double(done) / Double(total) * Double(barWidth)).rounded(.down))
        return "[" + style.green(String(repeating: "█", count: filled)) + String(repeating: "░", count: barWidth - filled) + "]"
    }

    /// Wraps on spaces to the terminal width; continuation lines start with `indent`. CJK
    /// characters count as two columns.
    func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var line = lead
        var lineWidth = lead.count
        var atLineStart = true
        for word in text.split(separator: " ") {
            let w = Self.columns(String(word))
            if !atLineStart, lineWidth + 1 + w > width - 1 {
                lines.append(line)
                line = indent
                lineWidth = indent.count
                atLineStart = true
            }
            if !atLineStart {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += w
            atLineStart = false
        }
        lines.append(line)
        return lines
    }

    static func columns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            return n + (wide ? 2 : 1)
        }
    }
}
