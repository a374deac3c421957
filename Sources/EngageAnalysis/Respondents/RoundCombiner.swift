import EngageCore

/// Combines several respondents' answers of one round into a team answer sheet.
///
/// - Per question, the answer is the median step of the respondents who chose an option; with an
///   even number of them, the lower median (the more cautious reading of the team).
/// - A question is not applicable for the team when more respondents said so than chose an option.
/// - Notes are kept, prefixed with who wrote them; evidence links are merged.
/// - Respondents whose steps differ by two or more are a disagreement: a sign that knowledge is
///   held by some and not others (seed 001, "knowledge gaps").
public enum RoundCombiner {
    /// The threshold, in scale steps, at which respondents disagree.
    public static let disagreementSteps = 2

    public struct Result: Sendable, Hashable {
        public var answers: AnswerSheet
        public var disagreements: [Disagreement]
        public var respondents: [String]
    }

    /// `sheets` are (respondent, answers) in a stable order (e.g. by snapshot time).
    public static func combine(_ sheets: [(respondent: String, answers: AnswerSheet)], checklists: [Checklist]) -> Result {
        var combined = AnswerSheet()
        var disagreements: [Disagreement] = []
        for question in checklists.flatMap(\.questions) {
            var positions: [Disagreement.Position] = []
            var notApplicable: [(String, String)] = []
            var notes: [String] = []
            var evidence: [String] = []
            for (respondent, sheet) in sheets {
                guard let answer = sheet[question.id] else { continue }
                switch answer.choice {
                case .option(let id):
                    if let step = question.step(of: id) { positions.append(.init(respondent: respondent, option: id, step: step)) }
                case .notApplicable(let reason): notApplicable.append((respondent, reason))
                case .skipped: break
                }
                if let note = answer.note { notes.append("\(respondent): \(note)") }
                for link in answer.evidence where !evidence.contains(link) { evidence.append(link) }
            }
            let note = notes.isEmpty ? nil : notes.joined(separator: " | ")
            if !notApplicable.isEmpty, notApplicable.count > positions.count {
                let reason = notApplicable.map { "\($0.0): \($0.1)" }.joined(separator: " | ")
                combined.set(Answer(questionID: question.id, choice: .notApplicable(reason: reason), note: note, evidence: evidence))
            } else if !positions.isEmpty {
                let steps = positions.map(\.step).sorted()
                let median = steps[(steps.count - 1) / 2]
                combined.set(Answer(questionID: question.id, choice: .option(question.options[median].id), note: note, evidence: evidence))
                let spread = (steps.last ?? 0) - (steps.first ?? 0)
                if spread >= disagreementSteps {
                    disagreements.append(Disagreement(question: question.id, positions: positions, spread: spread))
                }
            } else if note != nil || !evidence.isEmpty || sheets.contains(where: { $0.answers[question.id] != nil }) {
                combined.set(Answer(questionID: question.id, choice: .skipped, note: note, evidence: evidence))
            }
        }
        return Result(answers: combined, disagreements: disagreements, respondents: sheets.map(\.respondent))
    }

    /// `answers.disagreements`: the questions respondents disagree on, with who said what.
    public static func disagreementFact(_ disagreements: [Disagreement], evidenceFiles: [String] = []) -> Fact {
        let items = disagreements.map { d in
            FactItem(
                d.question,
                detail: d.positions.map { "\($0.respondent): \($0.option)" }.joined(separator: ", ") + " (\(d.spread) steps apart)",
                evidence: d.positions.map { EvidenceReference(record: $0.respondent) })
        }
        return Fact(name: "answers.disagreements", value: .list(items), evidence: evidenceFiles.map { EvidenceReference(file: $0) }, collector: "answers")
    }

    /// `answers.coverage`: answered / applicable over the combined sheet.
    public static func coverageFact(_ scorecard: Scorecard) -> Fact {
        Fact(name: "answers.coverage", value: .number(scorecard.overall.coverage), collector: "answers")
    }
}
