/// One postmortem action item and how it was classified.
public struct ActionItem: Sendable, Hashable {
    public var text: String
    public var owner: String?
    /// The category the postmortem states (a Type column, `[prevent]`, `type: prevent`), if any.
    public var statedCategory: ActionItemCategory?
    /// The category used: the stated one, else the first keyword rule that matches.
    public var category: ActionItemCategory?
    /// Whether it only undoes the change (roll back, revert).
    public var isRollback: Bool
    /// The keyword that classified it, for the evidence trail.
    public var keyword: String?
    public var line: Int
    public var column: Int

    public init(text: String, owner: String?, statedCategory: ActionItemCategory?, category: ActionItemCategory?,
                isRollback: Bool, keyword: String?, line: Int, column: Int) {
        self.text = text
        self.owner = owner
        self.statedCategory = statedCategory
        self.category = category
        self.isRollback = isRollback
        self.keyword = keyword
        self.line = line
        self.column = column
    }
}
