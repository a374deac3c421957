import Foundation

/// UTC timestamps and dates, formatted without locale so files and reports are stable.
public enum Timestamp {
    /// `2026-11-24T06:30:04Z`.
    public static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    public static func nowISO() -> String { iso(Date()) }

    /// `20261124T063004Z`, for file names (sorts in time order).
    public static func compact(_ date: Date) -> String {
        iso(date).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// `2026-11-24` in UTC.
    public static func day(_ date: Date) -> String { String(iso(date).prefix(10)) }

    public static func parseISO(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }
}
