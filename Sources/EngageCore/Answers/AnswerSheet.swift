/// One respondent's answers, keyed by question id, in the order they were given.
public struct AnswerSheet: Sendable, Hashable, Codable {
    public private(set) var answers: [Answer] = []

    public init(_ answers: [Answer] = []) {
        for answer in answers { set(answer) }
    }

    /// Adds or replaces the answer to `answer.questionID`, keeping its original position.
    public mutating func set(_ answer: Answer) {
        if let index = answers.firstIndex(where: { $0.questionID == answer.questionID }) {
            answers[index] = answer
        } else {
            answers.append(answer)
        }
    }

    public mutating func remove(_ questionID: String) {
        answers.removeAll { $0.questionID == questionID }
    }

    public subscript(questionID: String) -> Answer? {
        answers.first { $0.questionID == questionID }
    }

    public var count: Int { answers.count }
}
