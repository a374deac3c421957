import EngageCore
import EngageYAML

/// TEMPORARY until the scoring engine lands: no scores.
public enum ScoringBridge {
    public static let scorer: @Sendable ([Checklist], AnswerSheet) throws -> YAMLTree? = { _, _ in nil }
    public static func scorecardText(snapshot: AssessmentSnapshot, library: ChecklistLibrary, language: Language) throws -> String {
        "\(snapshot.answers.count) answers"
    }
}
