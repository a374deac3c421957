/// How much a stressor weighs on a team.
public enum StressorSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, medium, high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: StressorSeverity, rhs: StressorSeverity) -> Bool { lhs.rank < rhs.rank }
}
