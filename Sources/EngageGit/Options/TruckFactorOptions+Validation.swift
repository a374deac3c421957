import EngageCore

extension TruckFactorOptions {
    /// Checks the options before any git process runs: the component depth is at least 1, and
    /// `since` is a real `YYYY-MM-DD` date (git would silently read any other text as some date).
    public func validate() throws(DiagnosticError) {
        var problems = Diagnostics()
        if case .depth(let depth) = components, depth < 1 {
            problems.error("the component depth must be at least 1 (got \(depth))", at: nil)
        }
        if let since, !Self.isCalendarDate(since) {
            problems.error("--since needs a date written YYYY-MM-DD (got '\(since)')", at: nil)
        }
        if case .declared(let declared) = components {
            for name in declared.keys.sorted() where (declared[name] ?? []).isEmpty {
                problems.error("component '\(name)' declares no path prefix", at: nil)
            }
        }
        try problems.throwIfErrors()
    }

    /// Whether `text` is `YYYY-MM-DD` with a month 01–12 and a day that exists in that month.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
