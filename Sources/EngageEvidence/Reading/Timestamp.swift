import EngageCore

/// Parses the timestamps found in alert and ticket exports straight from bytes, without Foundation
/// formatters (which are far too slow for a million alerts):
///
/// - RFC 3339 / ISO 8601: `2024-03-01T02:13:45Z`, `…45.123456789+09:00`, `…45+0900`,
///   a space instead of `T`, optional seconds, a trailing ` UTC`;
/// - a date alone (`2024-03-01`, midnight);
/// - Unix epoch seconds (up to 11 digits, optional fraction) or milliseconds (12 or 13 digits).
///
/// A timestamp without an offset is local time in the zone the caller gives (`defaultOffset`).
/// Results are seconds since 1970-01-01T00:00:00Z.
enum Timestamp {
    /// Days from 1970-01-01 to a proleptic Gregorian date (the calendar arithmetic lives in
    /// `CalendarDate`, shared with engagement dates).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        CalendarDate(year: year, month: month, day: day).daysSinceEpoch
    }

    /// The civil date of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let date = CalendarDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day)
    }

    static func parse(_ text: String, defaultOffset: (Double) -> Int = { _ in 0 }) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0, defaultOffset: defaultOffset) }
    }

    /// Parses `bytes`; `defaultOffset` maps a naive (offset-less) time read as UTC to the offset, in
    /// seconds east of UTC, of the zone it should be read in.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultOffset: (Double) -> Int = { _ in 0 }) -> Double? {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        guard hi > lo else { return nil }
        var i = lo

        func digit(_ at: Int) -> Int? {
            guard at < hi else { return nil }
            let c = bytes[at]
            return c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil
        }
        func number(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for k in 0..<count {
                guard let d = digit(at + k) else { return nil }
                v = v * 10 + d
            }
            return v
        }

        // Epoch numbers: only digits (and at most one '.').
        var allDigits = true, dots = 0
        for k in lo..<hi {
            let c = bytes[k]
            if c == 0x2E { dots += 1 } else if c < 0x30 || c > 0x39 { allDigits = false; break }
        }
        if allDigits && dots <= 1 {
            let intLength = (lo..<hi).first { bytes[$0] == 0x2E }.map { $0 - lo } ?? (hi - lo)
            guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)) else { return nil }
            if intLength >= 12 && intLength <= 13 { return value / 1000 }
            if intLength <= 11 && intLength >= 9 { return value }
            return nil
        }

        guard let year = number(i, 4), i + 4 < hi, bytes[i + 4] == 0x2D,
              let month = number(i + 5, 2), i + 7 < hi, bytes[i + 7] == 0x2D,
              let day = number(i + 8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        i += 10
        let days = daysFromCivil(year: year, month: month, day: day)
        var seconds = Double(days) * 86400
        guard i < hi else { return seconds - Double(defaultOffset(seconds)) }
        guard bytes[i] == 0x54 || bytes[i] == 0x74 || bytes[i] == 0x20 else { return nil }
        i += 1
        guard let hour = number(i, 2), i + 2 < hi, bytes[i + 2] == 0x3A, let minute = number(i + 3, 2),
              hour <= 24, minute <= 59
        else { return nil }
        i += 5
        var second = 0
        if i < hi, bytes[i] == 0x3A {
            guard let s = number(i + 1, 2), s <= 60 else { return nil }
            second = s
            i += 3
        }
        var fraction = 0.0
        if i < hi, bytes[i] == 0x2E || bytes[i] == 0x2C {
            i += 1
            var scale = 0.1
            var any = false
            while let d = digit(i) {
                fraction += Double(d) * scale
                scale /= 10
                i += 1
                any = true
            }
            if !any { return nil }
        }
        seconds += Double(hour * 3600 + minute * 60 + second) + fraction
        while i < hi, bytes[i] == 0x20 { i += 1 }
        if i == hi { return seconds - Double(defaultOffset(seconds)) }
        let c = bytes[i]
        if c == 0x5A || c == 0x7A { return i + 1 == hi ? seconds : nil }  // Z
        if hi - i == 3, bytes[i] == 0x55, bytes[i + 1] == 0x54, bytes[i + 2] == 0x43 { return seconds }  // UTC
        guard c == 0x2B || c == 0x2D, let oh = number(i + 1, 2) else { return nil }
        var j = i + 3
        if j < hi, bytes[j] == 0x3A { j += 1 }
        var om = 0
        if j < hi {
            guard let m = number(j, 2), j + 2 == hi else { return nil }
            om = m
        }
        let offset = Double(oh * 3600 + om * 60)
        return c == 0x2B ? seconds - offset : seconds + offset
    }

    /// `2024-03-01 21:00` in the given offset, for messages and fact details.
    static func format(_ seconds: Double, offset: Int) -> String {
        let local = Int((seconds + Double(offset)).rounded(.down))
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let rest = local - days * 86400
        let (y, m, d) = civilFromDays(days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let sign = offset >= 0 ? "+" : "-"
        let off = abs(offset)
        return "\(y)-\(two(m))-\(two(d)) \(two(rest / 3600)):\(two(rest % 3600 / 60)) \(sign)\(two(off / 3600)):\(two(off % 3600 / 60))"
    }
}
