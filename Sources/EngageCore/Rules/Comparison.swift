import Foundation

/// A numeric or equality test: `above: 2`, `at_most: 0.5`, `equals: true`.
public enum Comparison: Sendable, Hashable, Codable, CustomStringConvertible {
    case above(Double)
    case atLeast(Double)
    case below(Double)
    case atMost(Double)
    case equals(FactValue)

    /// The YAML keys that spell a comparison.
    public static let keys = ["above", "at_least", "below", "at_most", "equals"]

    public var description: String {
        switch self {
        case .above(let v): "> \(v.compactString)"
        case .atLeast(let v): "≥ \(v.compactString)"
        case .below(let v): "< \(v.compactString)"
        case .atMost(let v): "≤ \(v.compactString)"
        case .equals(let v): "= \(v.summary)"
        }
    }

    /// Tests a number (a list fact is tested by its count).
    public func holds(for value: FactValue) -> Bool {
        switch self {
        case .equals(let expected):
            if let a = expected.number, let b = value.number { return a == b }
            return expected == value
        case .above(let t): return value.number.map { $0 > t } ?? false
        case .atLeast(let t): return value.number.map { $0 >= t } ?? false
        case .below(let t): return value.number.map { $0 < t } ?? false
        case .atMost(let t): return value.number.map { $0 <= t } ?? false
        }
    }
}

extension Double {
    /// `2` rather than `2.0`; up to three decimals otherwise.
    public var compactString: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        var s = String(format: "%.3f", self)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
