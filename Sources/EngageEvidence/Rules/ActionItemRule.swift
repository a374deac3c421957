import EngageCore

/// One keyword rule: an action item whose text contains any keyword belongs to `category`;
/// `rollback` marks items that only undo the change (roll back, revert).
public struct ActionItemRule: Sendable, Hashable {
    public var category: ActionItemCategory
    public var rollback: Bool
    public var keywords: [String]
    /// Where the rule is written, for messages.
    public var location: SourceLocation?

    public init(category: ActionItemCategory, rollback: Bool = false, keywords: [String], location: SourceLocation? = nil) {
        self.category = category
        self.rollback = rollback
        self.keywords = keywords
        self.location = location
    }
}
