/// A principle as the charts label it.
public struct ReportPrinciple: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// A short label for chart axes ("P1").
    public var short: String

    public init(id: String, title: String, short: String) {
        self.id = id
        self.title = title
        self.short = short
    }
}
