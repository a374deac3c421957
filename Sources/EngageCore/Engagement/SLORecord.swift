/// An SLO written during the engagement, entered by hand or linked to an SLO spec file.
public struct SLORecord: Sendable, Hashable, Codable {
    public var service: String
    /// What is measured (e.g. "share of checkout requests served in under 300 ms").
    public var sli: String?
    /// Target in percent, 0 < objective < 100.
    public var objective: Double?
    /// Compliance window, e.g. `28d`.
    public var window: String?
    /// A spec file (OpenSLO, Sloth…) relative to the engagement folder.
    public var file: String?
    public var date: String?

    public init(service: String, sli: String? = nil, objective: Double? = nil, window: String? = nil, file: String? = nil, date: String? = nil) {
        self.service = service
        self.sli = sli
        self.objective = objective
        self.window = window
        self.file = file
        self.date = date
    }
}
