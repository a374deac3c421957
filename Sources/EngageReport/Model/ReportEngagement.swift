/// Who, what and when.
public struct ReportEngagement: Sendable, Hashable, Codable {
    public var team: String
    public var service: String?
    public var services: [String]
    public var sre: String?
    public var start: String
    public var end: String?
    public var stage: String?
    public var scope: String?
    public var goals: [String]

    public init(team: String, service: String?, services: [String], sre: String?, start: String, end: String?, stage: String?, scope: String?, goals: [String]) {
        self.team = team
        self.service = service
        self.services = services
        self.sre = sre
        self.start = start
        self.end = end
        self.stage = stage
        self.scope = scope
        self.goals = goals
    }
}
