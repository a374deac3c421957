/// One answer of the exit round, for the appendix.
public struct AppendixRow: Sendable, Hashable, Codable {
    public var question: String
    public var section: String
    public var text: String
    public var answer: String
    public var score: Double?
    public var note: String?

    public init(question: String, section: String, text: String, answer: String, score: Double?, note: String?) {
        self.question = question
        self.section = section
        self.text = text
        self.answer = answer
        self.score = score
        self.note = note
    }
}
