import Foundation

/// Converts UTC seconds to local wall-clock seconds in one time zone, caching the offset per UTC
/// hour so a million conversions cost a million dictionary-free comparisons, not calendar calls.
struct LocalClock {
    let timeZone: TimeZone
    private var cachedHour = Int.min
    private var cachedOffset = 0

    init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    /// Seconds east of UTC at instant `t`.
    mutating func offset(at t: Double) -> Int {
        let hour = Int((t / 3600).rounded(.down))
        if hour != cachedHour {
            cachedHour = hour
            cachedOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3600))
        }
        return cachedOffset
    }

    /// Local wall-clock seconds since 1970-01-01 00:00 local.
    mutating func local(_ t: Double) -> Double { t + Double(offset(at: t)) }

    /// The offset to read a naive (offset-less) wall-clock time `naive` (read as if UTC) in this zone.
    mutating func offsetForNaive(_ naive: Double) -> Int {
        let guess = offset(at: naive)
        return offset(at: naive - Double(guess))
    }
}
