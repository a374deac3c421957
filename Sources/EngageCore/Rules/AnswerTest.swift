/// What an `answer:` condition checks about one question's answer.
public enum AnswerTest: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The chosen option is one of these ids.
    case inOptions([String])
    /// The chosen option is none of these ids (unanswered and N/A do not match).
    case notInOptions([String])
    /// The chosen option's score passes the comparison.
    case score(Comparison)
    /// The question was (or was not) answered with an option.
    case answered(Bool)
    /// The question was (or was not) marked not applicable.
    case notApplicable(Bool)

    public var description: String {
        switch self {
        case .inOptions(let ids): "in [\(ids.joined(separator: ", "))]"
        case .notInOptions(let ids): "not in [\(ids.joined(separator: ", "))]"
        case .score(let c): "score \(c)"
        case .answered(let b): b ? "answered" : "unanswered"
        case .notApplicable(let b): b ? "not applicable" : "applicable"
        }
    }
}
