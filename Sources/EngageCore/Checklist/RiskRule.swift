/// `{when: [none, ad-hoc], risk: high}`: choosing one of these options flags the question at this risk.
public struct RiskRule: Sendable, Hashable, Codable {
    public var when: [String]
    public var risk: RiskLevel
    public var location: SourceLocation?

    public init(when: [String], risk: RiskLevel, location: SourceLocation? = nil) {
        self.when = when
        self.risk = risk
        self.location = location
    }
}
