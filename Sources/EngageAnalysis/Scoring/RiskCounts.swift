import EngageCore

/// High- and medium-risk answers counted per section, as AWS Well-Architected counts high-risk
/// issues (HRIs) and medium-risk issues (MRIs) per pillar.
public struct RiskCounts: Sendable, Hashable, Codable {
    public var high: Int
    public var medium: Int

    public init(high: Int = 0, medium: Int = 0) {
        self.high = high
        self.medium = medium
    }

    public mutating func add(_ risk: RiskLevel) {
        switch risk {
        case .high: high += 1
        case .medium: medium += 1
        case .none: break
        }
    }

    public static func + (a: RiskCounts, b: RiskCounts) -> RiskCounts {
        RiskCounts(high: a.high + b.high, medium: a.medium + b.medium)
    }
}
