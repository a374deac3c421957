/// What a `score:` condition looks at.
public enum ScoreScope: Sendable, Hashable, Codable, CustomStringConvertible {
    case overall
    case section(String)
    case principle(String)

    public var description: String {
        switch self {
        case .overall: "overall score"
        case .section(let id): "section \(id) score"
        case .principle(let id): "principle \(id) score"
        }
    }
}
