/// How an engagement was closed.
public struct Closure: Sendable, Hashable, Codable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Set when closed with open exit criteria (`close --force --reason`).
    public var forcedReason: String?
    /// Exit criteria still open when closed.
    public var openCriteria: [String]
    /// When the first follow-up assessment is due (`YYYY-MM-DD`).
    public var followUp: String?

    public init(date: String, forcedReason: String? = nil, openCriteria: [String] = [], followUp: String? = nil) {
        self.date = date
        self.forcedReason = forcedReason
        self.openCriteria = openCriteria
        self.followUp = followUp
    }
}
