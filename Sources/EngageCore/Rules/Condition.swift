/// A declarative rule: `all`/`any`/`not` over answers, facts and scores. Used for stressor detection
/// and for the level ladder.
public struct Condition: Sendable, Hashable, Codable, CustomStringConvertible {
    public indirect enum Kind: Sendable, Hashable, Codable {
        case all([Condition])
        case any([Condition])
        case not(Condition)
        /// `answer: {question: ID, in: [...]}` and friends.
        case answer(question: String, test: AnswerTest)
        /// `fact: {name: alerts.pages_per_shift.max, above: 2}`; several comparisons must all hold.
        case fact(name: String, tests: [Comparison])
        /// `score: {section: ID, at_least: 50}`.
        case score(ScoreScope, Comparison)
    }

    public var kind: Kind
    public var location: SourceLocation?

    public init(_ kind: Kind, location: SourceLocation? = nil) {
        self.kind = kind
        self.location = location
    }

    public static func all(_ c: [Condition]) -> Condition { Condition(.all(c)) }
    public static func any(_ c: [Condition]) -> Condition { Condition(.any(c)) }

    public var description: String {
        switch kind {
        case .all(let cs): "all(" + cs.map(\.description).joined(separator: ", ") + ")"
        case .any(let cs): "any(" + cs.map(\.description).joined(separator: ", ") + ")"
        case .not(let c): "not(\(c))"
        case let .answer(q, test): "answer \(q) \(test)"
        case let .fact(name, tests): "\(name) " + tests.map(\.description).joined(separator: " and ")
        case let .score(scope, c): "\(scope) \(c)"
        }
    }

    /// Every leaf (answer, fact and score test) in the tree, depth first.
    public var leaves: [Condition] {
        switch kind {
        case .all(let cs), .any(let cs): cs.flatMap(\.leaves)
        case .not(let c): c.leaves
        case .answer, .fact, .score: [self]
        }
    }

    /// Question ids referenced anywhere in the tree.
    public var questionIDs: [String] {
        leaves.compactMap { if case let .answer(q, _) = $0.kind { q } else { nil } }
    }

    /// Fact names referenced anywhere in the tree.
    public var factNames: [String] {
        leaves.compactMap { if case let .fact(n, _) = $0.kind { n } else { nil } }
    }
}
