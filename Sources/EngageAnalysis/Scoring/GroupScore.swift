/// A roll-up of sections: a checklist, a principle, or everything assessed.
public struct GroupScore: Sendable, Hashable, Codable {
    public var id: String
    /// Section-weighted mean of the scored sections, 0…100; nil when none is scored.
    public var score: Double?
    public var coverage: Double
    public var risks: RiskCounts
    /// The sections rolled up.
    public var sections: [String]
    /// The level reached on the checklist's ladder (checklists only).
    public var level: String?

    public init(id: String, score: Double?, coverage: Double, risks: RiskCounts, sections: [String], level: String? = nil) {
        self.id = id
        self.score = score
        self.coverage = coverage
        self.risks = risks
        self.sections = sections
        self.level = level
    }
}
