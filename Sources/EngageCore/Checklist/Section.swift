/// A group of questions: a principle in `principles.yaml`, a practice area in `practices.yaml`.
public struct Section: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Weight of the section in the overall score, 0 < weight ≤ 10.
    public var weight: Double
    /// The principle this section rolls up into (a section id of an assessment checklist); a
    /// principle section names itself or nothing.
    public var principle: String?
    public var questions: [Question]
    public var source: SourceReference?
    public var location: SourceLocation?

    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, weight: Double = 1,
        principle: String? = nil, questions: [Question], source: SourceReference? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.principle = principle
        self.questions = questions
        self.source = source
        self.location = location
    }
}
