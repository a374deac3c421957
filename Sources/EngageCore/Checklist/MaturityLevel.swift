/// One rung of a checklist's level ladder. A level is reached only when its own requirements and
/// those of every lower level hold.
public struct MaturityLevel: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// All must hold (an implicit `all`).
    public var requires: [Condition]
    public var location: SourceLocation?

    public init(id: String, title: LocalizedText, description: LocalizedText? = nil, requires: [Condition], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.requires = requires
        self.location = location
    }
}
