/// An emergency sorted into toil or not-toil.
public struct FireRow: Sendable, Hashable, Codable {
    public var title: String
    public var toil: Bool
    public var why: String

    public init(title: String, toil: Bool, why: String) {
        self.title = title
        self.toil = toil
        self.why = why
    }
}
