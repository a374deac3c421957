import EngageAnalysis
import EngageCore
import EngageYAML

/// Connects assessments to the scoring engine: the scorecard stored in each snapshot, and the
/// table printed after an assessment.
public enum ScoringBridge {
    public static let scorer: @Sendable ([Checklist], AnswerSheet) throws -> YAMLTree? = { checklists, answers in
        try YAMLTree.encoding(Scorer.score(checklists: checklists, answers: answers))
    }

    public static func scorecardText(snapshot: AssessmentSnapshot, library: ChecklistLibrary, language: Language, style: TerminalStyle = .detect()) throws -> String {
        let checklists = snapshot.checklistIDs.compactMap(library.checklist)
        let card = Scorer.score(checklists: checklists, answers: snapshot.answers)
        return ScorecardTable(library: library, language: language, style: style).render(card)
    }
}
