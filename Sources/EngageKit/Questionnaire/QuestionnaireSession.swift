import EngageCore

/// The questionnaire as a pure state machine: keys in, state and effects out. The runner draws
/// `QuestionnaireScreen` for the state and performs the effects (autosave, snapshot, quit).
public struct QuestionnaireSession: Sendable {
    public let items: [QuestionnaireItem]
    public private(set) var index: Int
    /// The highlighted option (arrow keys).
    public private(set) var highlight: Int
    public private(set) var answers: AnswerSheet
    /// The previous round's answers, shown beside each question when re-assessing.
    public let previous: [String: Answer]
    public private(set) var mode: QuestionnaireMode = .choosing
    /// A one-line message for the status bar.
    public private(set) var message: String?

    public init(items: [QuestionnaireItem], answers: AnswerSheet = AnswerSheet(), previous: [String: Answer] = [:], resumeAt cursor: String? = nil) {
        self.items = items
        self.answers = answers
        self.previous = previous
        let firstUnanswered = items.firstIndex { answers[$0.question.id] == nil }
        if let cursor, let i = items.firstIndex(where: { $0.question.id == cursor }), answers[cursor] == nil {
            index = i
        } else {
            index = firstUnanswered ?? items.count
        }
        highlight = 0
        if index >= items.count { mode = .review }
        syncHighlight()
    }

    public var current: QuestionnaireItem? { index < items.count ? items[index] : nil }

    /// Questions with an option or not-applicable (skipped ones do not count).
    public var answeredCount: Int {
        items.filter { item in answers[item.question.id].map { if case .skipped = $0.choice { false } else { true } } ?? false }.count
    }

    public var isDone: Bool { mode == .finished }

    public mutating func handle(_ key: Key) -> [QuestionnaireEffect] {
        message = nil
        switch mode {
        case .finished, .quit:
            return []
        case .help:
            mode = .choosing
            if key == .interrupt || key == .endOfInput { return quit() }
            return []
        case let .typing(field, buffer):
            return type(key, field: field, buffer: buffer)
        case .review:
            switch key {
            case .enter, .character("y"):
                mode = .finished
                return [.finish]
            case .character("b"), .left, .up:
                if !items.isEmpty { index = items.count - 1; mode = .choosing; syncHighlight() }
                return []
            case .character("q"), .interrupt, .endOfInput, .escape:
                return quit()
            default:
                message = "Enter saves the snapshot · b goes back · q saves the draft and quits"
                return []
            }
        case .choosing:
            return choose(key)
        }
    }

    private mutating func choose(_ key: Key) -> [QuestionnaireEffect] {
        guard let item = current else { mode = .review; return [] }
        let options = item.question.options
        switch key {
        case .character(let c) where c.isNumber:
            guard let n = c.wholeNumberValue, n >= 1, n <= options.count else {
                message = "Choose 1–\(options.count)"
                return []
            }
            return answer(.option(options[n - 1].id))
        case .up:
            highlight = max(0, highlight - 1)
            return []
        case .down, .tab:
            highlight = min(options.count - 1, highlight + 1)
            return []
        case .enter:
            return answer(.option(options[highlight].id))
        case .character("b"), .left:
            if index > 0 { index -= 1; syncHighlight() } else { message = "This is the first question" }
            return []
        case .right:
            if answers[item.question.id] != nil { advance(); return [] }
            return answer(.skipped)
        case .character("s"):
            return answer(.skipped)
        case .character("x"):
            mode = .typing(.notApplicableReason, buffer: "")
            return []
        case .character("n"):
            mode = .typing(.note, buffer: answers[item.question.id]?.note ?? "")
            return []
        case .character("l"):
            mode = .typing(.evidence, buffer: "")
            return []
        case .character("?"), .character("h"):
            mode = .help
            return []
        case .character("q"), .interrupt, .endOfInput:
            return quit()
        default:
            message = "Unknown key; see the keys below"
            return []
        }
    }

    private mutating func type(_ key: Key, field: TextField, buffer: String) -> [QuestionnaireEffect] {
        guard let item = current else { mode = .review; return [] }
        switch key {
        case .character(let c):
            mode = .typing(field, buffer: buffer + String(c))
            return []
        case .backspace:
            mode = .typing(field, buffer: String(buffer.dropLast()))
            return []
        case .escape:
            mode = .choosing
            message = "Cancelled"
            return []
        case .interrupt, .endOfInput:
            return quit()
        case .enter:
            let text = buffer.trimmingCharacters(in: .whitespaces)
            let id = item.question.id
            switch field {
            case .notApplicableReason:
                guard !text.isEmpty else {
                    message = "Not applicable needs a reason (Esc cancels)"
                    return []
                }
                mode = .choosing
                return answer(.notApplicable(reason: text))
            case .note:
                var a = answers[id] ?? Answer(questionID: id, choice: .skipped)
                a.note = text.isEmpty ? nil : text
                answers.set(a)
                mode = .choosing
                message = text.isEmpty ? "Note removed" : "Note saved"
                return [.saveDraft]
            case .evidence:
                mode = .choosing
                guard !text.isEmpty else { return [] }
                var a = answers[id] ?? Answer(questionID: id, choice: .skipped)
                if !a.evidence.contains(text) { a.evidence.append(text) }
                answers.set(a)
                message = "Evidence link saved"
                return [.saveDraft]
            }
        default:
            return []
        }
    }

    /// Records a choice (keeping any note and evidence already given) and moves on.
    private mutating func answer(_ choice: AnswerChoice) -> [QuestionnaireEffect] {
        guard let item = current else { return [] }
        var a = answers[item.question.id] ?? Answer(questionID: item.question.id, choice: choice)
        a.choice = choice
        answers.set(a)
        advance()
        return [.saveDraft]
    }

    private mutating func advance() {
        index += 1
        if index >= items.count {
            index = items.count
            mode = .review
        } else {
            syncHighlight()
        }
    }

    private mutating func quit() -> [QuestionnaireEffect] {
        mode = .quit
        return [.quit]
    }

    /// Highlights the current answer, else the previous round's, else the first option.
    private mutating func syncHighlight() {
        guard let item = current else { return }
        let id = answers[item.question.id]?.optionID ?? previous[item.question.id]?.optionID
        highlight = id.flatMap { item.question.step(of: $0) } ?? 0
    }
}
