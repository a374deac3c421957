/// A worked example on a stressor: answers and facts, and whether the rule must fire on them.
/// Examples document the rule and are run as tests.
public struct StressorExample: Sendable, Hashable, Codable {
    public var name: String?
    public var triggers: Bool
    /// Question id → option id, or `n/a` for not applicable.
    public var answers: [String: String]
    public var facts: [String: FactValue]
    public var location: SourceLocation?

    public init(name: String? = nil, triggers: Bool, answers: [String: String] = [:], facts: [String: FactValue] = [:], location: SourceLocation? = nil) {
        self.name = name
        self.triggers = triggers
        self.answers = answers
        self.facts = facts
        self.location = location
    }
}
