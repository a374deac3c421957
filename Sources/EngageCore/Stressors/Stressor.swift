/// A kind of kindling: something that stresses a team, with the rule that detects it.
public struct Stressor: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText
    public var severity: StressorSeverity
    public var source: SourceReference?
    public var recommendation: LocalizedText
    /// The detection rule (an `all`/`any` tree over answers and facts).
    public var detect: Condition
    public var examples: [StressorExample]
    public var location: SourceLocation?

    public init(
        id: String, title: LocalizedText, description: LocalizedText, severity: StressorSeverity,
        source: SourceReference? = nil, recommendation: LocalizedText, detect: Condition,
        examples: [StressorExample] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.severity = severity
        self.source = source
        self.recommendation = recommendation
        self.detect = detect
        self.examples = examples
        self.location = location
    }
}
