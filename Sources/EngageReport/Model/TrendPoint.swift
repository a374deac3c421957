/// One snapshot on the score trend.
public struct TrendPoint: Sendable, Hashable, Codable {
    public var snapshot: String
    public var date: String
    public var label: String
    public var overall: Double?
    public var principles: [String: Double]
    /// The checklist changed since the previous point.
    public var boundary: Bool

    public init(snapshot: String, date: String, label: String, overall: Double?, principles: [String: Double], boundary: Bool) {
        self.snapshot = snapshot
        self.date = date
        self.label = label
        self.overall = overall
        self.principles = principles
        self.boundary = boundary
    }
}
