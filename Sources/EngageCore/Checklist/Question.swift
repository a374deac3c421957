/// One assessment question. Its id is unique across every checklist.
public struct Question: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: LocalizedText
    /// Why it matters: shown on `?` in the questionnaire.
    public var help: LocalizedText?
    /// Relative weight inside its section, 0 < weight ≤ 10.
    public var weight: Double
    /// The scale, ordered from least to most mature; inherited from the checklist's `scale` when not given.
    public var options: [AnswerOption]
    /// Risk rules; inherited from the checklist's `risk` when not given.
    public var risk: [RiskRule]
    public var source: SourceReference?
    public var tags: [String]
    public var location: SourceLocation?

    public init(
        id: String, text: LocalizedText, help: LocalizedText? = nil, weight: Double = 1,
        options: [AnswerOption], risk: [RiskRule] = [], source: SourceReference? = nil,
        tags: [String] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.weight = weight
        self.options = options
        self.risk = risk
        self.source = source
        self.tags = tags
        self.location = location
    }

    public func option(_ id: String) -> AnswerOption? { options.first { $0.id == id } }

    /// The 0-based position of an option on the scale (used for disagreement in steps).
    public func step(of optionID: String) -> Int? { options.firstIndex { $0.id == optionID } }

    /// The risk of choosing `optionID`: the highest matching rule, `.none` when none matches.
    public func risk(for optionID: String) -> RiskLevel {
        risk.filter { $0.when.contains(optionID) }.map(\.risk).max() ?? .none
    }
}
