/// Three-valued logic (Kleene): a condition over a fact that was not collected is unknown, not false.
public enum Truth: String, Sendable, Hashable, Codable {
    case `true`, `false`, unknown

    public init(_ bool: Bool) { self = bool ? .true : .false }

    public static func && (a: Truth, b: Truth) -> Truth {
        if a == .false || b == .false { return .false }
        if a == .unknown || b == .unknown { return .unknown }
        return .true
    }

    public static func || (a: Truth, b: Truth) -> Truth {
        if a == .true || b == .true { return .true }
        if a == .unknown || b == .unknown { return .unknown }
        return .false
    }

    public static prefix func ! (a: Truth) -> Truth {
        switch a {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }
}
