/// An emergency ("fire") sorted into toil or not-toil, with the reason (seed 001: sort the
/// emergencies, give the team the list, explain why each is automation or overhead).
public struct FireRecord: Sendable, Hashable, Codable {
    public var title: String
    public var toil: Bool
    public var why: String
    public var date: String?

    public init(title: String, toil: Bool, why: String, date: String? = nil) {
        self.title = title
        self.toil = toil
        self.why = why
        self.date = date
    }
}
