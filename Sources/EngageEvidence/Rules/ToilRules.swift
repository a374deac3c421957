/// Ticket category rules, tried in order; the first matching rule names the ticket's category.
public struct ToilRules: Sendable, Hashable {
    public var categories: [ToilCategoryRule]
    public var source: String?

    public init(categories: [ToilCategoryRule] = [], source: String? = nil) {
        self.categories = categories
        self.source = source
    }

    /// The first category whose keywords occur in any of `texts` (category field first, then labels, then title).
    public func classify(_ texts: [String]) -> ToilCategoryRule? {
        let folded = texts.map(KeywordMatcher.fold)
        for text in folded where !text.isEmpty {
            for rule in categories where KeywordMatcher.firstMatch(in: text, keywords: rule.keywords) != nil {
                return rule
            }
        }
        return nil
    }
}
