/// One question's answer with its note and evidence links.
public struct Answer: Sendable, Hashable, Codable {
    public var questionID: String
    public var choice: AnswerChoice
    public var note: String?
    /// Links or paths to evidence (a dashboard, a runbook, a postmortem).
    public var evidence: [String]

    public init(questionID: String, choice: AnswerChoice, note: String? = nil, evidence: [String] = []) {
        self.questionID = questionID
        self.choice = choice
        self.note = note
        self.evidence = evidence
    }

    /// The option id when answered with an option.
    public var optionID: String? {
        if case .option(let id) = choice { return id }
        return nil
    }

    public var isNotApplicable: Bool {
        if case .notApplicable = choice { return true }
        return false
    }
}
