/// What the runner must do after a key.
public enum QuestionnaireEffect: Sendable, Hashable {
    /// Answers changed: write the draft now.
    case saveDraft
    /// The respondent confirmed: write the snapshot.
    case finish
    /// Leave, keeping the draft.
    case quit
}
