import EngageCore

/// One ticket category: tickets whose category, labels or title contain a keyword belong to it;
/// `toil` says whether its work is toil (manual, repetitive, automatable, tactical, without
/// enduring value, scaling with the service — SRE book ch. 5).
public struct ToilCategoryRule: Sendable, Hashable {
    public var id: String
    public var toil: Bool
    public var keywords: [String]
    public var location: SourceLocation?

    public init(id: String, toil: Bool, keywords: [String], location: SourceLocation? = nil) {
        self.id = id
        self.toil = toil
        self.keywords = keywords
        self.location = location
    }
}
