import Foundation

/// The source of "now", injected so tests and demos are reproducible.
public protocol EngageClock: Sendable {
    func now() -> Date
}

/// The system clock, or a fixed time from `SRE_ENGAGE_NOW` (ISO 8601) when set.
public struct SystemClock: EngageClock {
    public init() {}

    public func now() -> Date {
        if let fixed = ProcessInfo.processInfo.environment["SRE_ENGAGE_NOW"], let date = Timestamp.parseISO(fixed) { return date }
        return Date()
    }
}

/// A clock fixed at one instant (tests).
public struct FixedClock: EngageClock {
    public var date: Date
    public init(_ date: Date) { self.date = date }
    public func now() -> Date { date }
}
