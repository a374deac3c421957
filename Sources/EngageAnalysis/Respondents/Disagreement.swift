/// A question on which respondents of one round are two or more scale steps apart.
public struct Disagreement: Sendable, Hashable, Codable {
    public struct Position: Sendable, Hashable, Codable {
        public var respondent: String
        public var option: String
        /// 0-based step on the question's scale.
        public var step: Int
    }

    public var question: String
    public var positions: [Position]
    /// Highest step minus lowest step.
    public var spread: Int

    public init(question: String, positions: [Position], spread: Int) {
        self.question = question
        self.positions = positions
        self.spread = spread
    }
}
