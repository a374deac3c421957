/// One step of a question's maturity scale.
public struct AnswerOption: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    /// What this step looks like in practice, shown under the label.
    public var description: LocalizedText?
    /// 0…100.
    public var score: Double
    public var location: SourceLocation?

    public init(id: String, label: LocalizedText, description: LocalizedText? = nil, score: Double, location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.description = description
        self.score = score
        self.location = location
    }
}
