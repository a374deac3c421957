/// Risk attached to an answer, AWS Well-Architected style (high-risk and medium-risk issues).
public enum RiskLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case none, medium, high

    private var rank: Int {
        switch self {
        case .none: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}
