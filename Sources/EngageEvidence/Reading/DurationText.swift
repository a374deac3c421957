/// Reads time-spent values from ticket exports, in hours: `1h 30m`, `1h30m`, `90m`, `1.5h`,
/// `2d` (a working day of 8 hours, as Jira counts), `45 min`, `2 hours`, `1:30` (h:mm),
/// `1w` (5 working days), or a bare number in the column's unit.
enum DurationText {
    enum Unit: Sendable { case hours, minutes, seconds }

    static func hours(_ text: String, bare: Unit) -> Double? {
        let t = text.trimmingSpaces.lowercased()
        if t.isEmpty { return nil }
        if let n = Double(t) {
            guard n >= 0 else { return nil }
            switch bare {
            case .hours: return n
            case .minutes: return n / 60
            case .seconds: return n / 3600
            }
        }
        let colon = t.split(separator: ":", omittingEmptySubsequences: false)
        if colon.count == 2, let h = Double(colon[0]), let m = Double(colon[1]), h >= 0, m >= 0, m < 60 {
            return h + m / 60
        }
        var total = 0.0
        var number = ""
        var unit = ""
        var any = false
        func flush() -> Bool {
            guard !number.isEmpty else { return unit.isEmpty }
            guard let n = Double(number) else { return false }
            let factor: Double
            switch unit {
            case "w", "wk", "wks", "week", "weeks": factor = 40
            case "d", "day", "days", "일": factor = 8
            case "h", "hr", "hrs", "hour", "hours", "시간": factor = 1
            case "m", "min", "mins", "minute", "minutes", "분": factor = 1.0 / 60
            case "s", "sec", "secs", "second", "seconds", "초": factor = 1.0 / 3600
            default: return false
            }
            total += n * factor
            any = true
            number = ""
            unit = ""
            return true
        }
        for ch in t {
            if ch.isNumber || ch == "." {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(ch)
            } else if ch == " " || ch == "," {
                continue
            } else {
                guard !number.isEmpty || !unit.isEmpty else { return nil }
                unit.append(ch)
            }
        }
        guard flush(), any else { return nil }
        return total
    }
}
