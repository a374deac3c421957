import Testing
@testable import EngageEvidence

@Suite struct TimestampTests {
    // 2024-03-04T00:10:00Z = 1709511000 (19786 days × 86400 + 600).
    @Test(arguments: [
        ("2024-03-04T00:10:00Z", 1_709_511_000.0),
        ("2024-03-04T09:10:00+09:00", 1_709_511_000.0),
        ("2024-03-04T09:10:00+0900", 1_709_511_000.0),
        ("2024-03-03T19:10:00-05:00", 1_709_511_000.0),
        ("2024-03-04 00:10:00 UTC", 1_709_511_000.0),
        ("2024-03-04T00:10Z", 1_709_511_000.0),
        ("2024-03-04T00:10:00.250Z", 1_709_511_000.25),
        ("2024-03-04T00:10:00.123456789Z", 1_709_511_000.123456789),
        ("1709511000", 1_709_511_000.0),
        ("1709511000500", 1_709_511_000.5),
        ("2024-03-04", 1_709_510_400.0),
        ("1970-01-01T00:00:00Z", 0.0),
    ])
    func parses(text: String, expected: Double) {
        let value = Timestamp.parse(text)
        #expect(value.map { abs($0 - expected) < 1e-6 } == true, "\(text) → \(String(describing: value))")
    }

    @Test(arguments: ["yesterday", "2024-13-01T00:00:00Z", "2024-03-04T25:00:00Z", "2024-03-04T00:10:00+9", "31/02/2024 10:00", "", "2024-03-04Tnoon", "12"])
    func rejects(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func naiveTimesUseTheGivenOffset() {
        // 09:10 in UTC+9 is 00:10Z.
        #expect(Timestamp.parse("2024-03-04 09:10:00", defaultOffset: { _ in 9 * 3600 }) == 1_709_511_000)
    }

    @Test func civilDaysRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = Timestamp.civilFromDays(days)
            #expect(Timestamp.daysFromCivil(year: y, month: m, day: d) == days)
        }
    }

    @Test func formatsInAnOffset() {
        #expect(Timestamp.format(1_709_511_000, offset: 9 * 3600) == "2024-03-04 09:10 +09:00")
        #expect(Timestamp.format(1_709_511_000, offset: -5 * 3600) == "2024-03-03 19:10 -05:00")
    }
}
