/// What the questionnaire is waiting for.
public enum QuestionnaireMode: Sendable, Hashable {
    /// Choosing an option for the current question.
    case choosing
    /// Showing why the question matters.
    case help
    /// Typing a line of text.
    case typing(TextField, buffer: String)
    /// Every question visited: confirm to save the snapshot.
    case review
    case finished
    case quit
}

/// The line of text being typed.
public enum TextField: String, Sendable, Hashable {
    case note, evidence, notApplicableReason
}
