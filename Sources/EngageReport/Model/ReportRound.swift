/// An assessment round named in the report.
public struct ReportRound: Sendable, Hashable, Codable {
    public var round: String
    public var date: String
    public var respondents: [String]

    public init(round: String, date: String, respondents: [String]) {
        self.round = round
        self.date = date
        self.respondents = respondents
    }
}
