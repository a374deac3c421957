import EngageCore

/// Rules for postmortem action items, tried in order (the first rule with a matching keyword
/// wins), plus the blame phrases looked for in summaries and the words that mean "no owner".
public struct ActionItemRules: Sendable, Hashable {
    public var rules: [ActionItemRule]
    public var blamePhrases: [String]
    public var noOwnerWords: [String]
    /// The YAML file they came from.
    public var source: String?

    public init(rules: [ActionItemRule] = [], blamePhrases: [String] = [], noOwnerWords: [String] = ["tbd", "none", "n/a", "-", "?", "unassigned", "미정", "없음"], source: String? = nil) {
        self.rules = rules
        self.blamePhrases = blamePhrases
        self.noOwnerWords = noOwnerWords
        self.source = source
    }

    /// The first rule matching `text`, and the keyword that matched.
    public func classify(_ text: String) -> (rule: ActionItemRule, keyword: String)? {
        let folded = KeywordMatcher.fold(text)
        for rule in rules {
            if let keyword = KeywordMatcher.firstMatch(in: folded, keywords: rule.keywords) { return (rule, keyword) }
        }
        return nil
    }
}
