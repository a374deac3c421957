import Foundation

extension EvidenceOptions {
    /// The setting names accepted by `set(_:to:)`, as written in an engagement file's `evidence:`
    /// mapping or on the command line (`--set key=value`).
    public static let settingKeys = [
        "timezone", "self_resolve_minutes", "flapping_count", "flapping_window_minutes",
        "working_hours", "working_days", "sleep_hours", "shift_hours", "shift_start_hour",
        "pages_per_shift_budget", "page_severities", "top_noisy_count", "alert_columns",
    ]

    /// Sets one option from its text form; returns a problem message, or nil when it was set.
    ///
    /// Forms: `timezone: Asia/Seoul`; numbers for the minute, count and hour settings;
    /// `working_hours: 09-18`, `sleep_hours: 23-07`; `working_days: mon-fri` or `mon,tue,thu`;
    /// `page_severities: critical,page`; `alert_columns: time=Fired,name=Rule`.
    public mutating func set(_ key: String, to value: String) -> String? {
        let text = value.trimmingSpaces
        func number(_ range: ClosedRange<Double>) -> Double? {
            guard let n = Double(text), range.contains(n) else { return nil }
            return n
        }
        func whole(_ range: ClosedRange<Int>) -> Int? {
            guard let n = Int(text), range.contains(n) else { return nil }
            return n
        }
        switch key {
        case "timezone":
            guard let zone = TimeZone(identifier: text) else { return "unknown time zone '\(text)' (use an IANA name such as Asia/Seoul)" }
            timeZone = zone
        case "self_resolve_minutes":
            guard let n = number(0.1...1440) else { return "self_resolve_minutes must be a number of minutes from 0.1 to 1440" }
            selfResolveMinutes = n
        case "flapping_count":
            guard let n = whole(2...1000) else { return "flapping_count must be a whole number from 2 to 1000" }
            flappingCount = n
        case "flapping_window_minutes":
            guard let n = number(1...10080) else { return "flapping_window_minutes must be a number of minutes from 1 to 10080" }
            flappingWindowMinutes = n
        case "working_hours", "sleep_hours":
            guard let (from, to) = Self.hourRange(text) else { return "\(key) must be written HH-HH, such as 09-18" }
            if key == "working_hours" {
                guard from < to else { return "working_hours must start before they end" }
                workStartHour = from; workEndHour = to
            } else {
                sleepStartHour = from; sleepEndHour = to
            }
        case "working_days":
            guard let days = Self.weekdays(text) else { return "working_days must be a range such as mon-fri or a list such as mon,tue,wed" }
            workingDays = days
        case "shift_hours":
            guard let n = whole(1...168) else { return "shift_hours must be a whole number of hours from 1 to 168" }
            shiftHours = n
        case "shift_start_hour":
            guard let n = whole(0...23) else { return "shift_start_hour must be an hour from 0 to 23" }
            shiftStartHour = n
        case "pages_per_shift_budget":
            guard let n = whole(0...1000) else { return "pages_per_shift_budget must be a whole number" }
            pagesPerShiftBudget = n
        case "page_severities":
            let values = text.split(separator: ",").map { String($0).trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
            guard !values.isEmpty else { return "page_severities must list at least one severity" }
            pageSeverities = Set(values)
        case "top_noisy_count":
            guard let n = whole(1...100) else { return "top_noisy_count must be a whole number from 1 to 100" }
            topNoisyCount = n
        case "alert_columns":
            let (columns, unknown) = GenericAlertColumns.parse(text)
            guard unknown.isEmpty else {
                return "alert_columns has unknown column role(s) \(unknown.joined(separator: ", ")) (roles: time, end, name, key, severity, acknowledged, runbook, id)"
            }
            genericAlertColumns = columns
        default:
            return "unknown evidence setting '\(key)'\(key.didYouMean(Self.settingKeys))"
        }
        return nil
    }

    /// `09-18` → (9, 18); hours 0…24.
    static func hourRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-").map { String($0).trimmingSpaces }
        guard parts.count == 2, let from = Int(parts[0].split(separator: ":").first ?? ""),
              let to = Int(parts[1].split(separator: ":").first ?? ""), (0...24).contains(from), (0...24).contains(to)
        else { return nil }
        return (from, to)
    }

    /// `mon-fri`, `mon,wed,fri`, `monday-friday`, `월-금` → ISO weekdays (1 = Monday).
    static func weekdays(_ text: String) -> Set<Int>? {
        let names = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
                     "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
                     "월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7]
        func day(_ s: Substring) -> Int? { names[String(s).trimmingSpaces.lowercased()] }
        let lower = text.lowercased()
        if lower.contains("-") {
            let parts = lower.split(separator: "-")
            guard parts.count == 2, let from = day(parts[0]), let to = day(parts[1]) else { return nil }
            var days: Set<Int> = []
            var d = from
            while true {
                days.insert(d)
                if d == to { break }
                d = d % 7 + 1
            }
            return days
        }
        let days = lower.split(separator: ",").map(day)
        guard !days.isEmpty, days.allSatisfy({ $0 != nil }) else { return nil }
        return Set(days.compactMap { $0 })
    }
}
