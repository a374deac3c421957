/// An SLO written during the engagement.
public struct SLORow: Sendable, Hashable, Codable {
    public var service: String
    public var objective: String?
    public var window: String?
    public var sli: String?
    public var file: String?

    public init(service: String, objective: String?, window: String?, sli: String?, file: String?) {
        self.service = service
        self.objective = objective
        self.window = window
        self.sli = sli
        self.file = file
    }
}
