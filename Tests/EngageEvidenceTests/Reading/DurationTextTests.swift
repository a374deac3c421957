import Testing
@testable import EngageEvidence

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("1.5", DurationText.Unit.hours, 1.5),
        ("90", .minutes, 1.5),
        ("5400", .seconds, 1.5),
        ("1h 30m", .hours, 1.5),
        ("1h30m", .hours, 1.5),
        ("90m", .hours, 1.5),
        ("45 min", .hours, 0.75),
        ("2 hours", .hours, 2),
        ("1:30", .hours, 1.5),
        ("1d", .hours, 8),
        ("1w 1d", .hours, 48),
        ("2시간 30분", .hours, 2.5),
    ])
    func reads(text: String, unit: DurationText.Unit, hours: Double) {
        #expect(DurationText.hours(text, bare: unit).map { abs($0 - hours) < 1e-9 } == true, "\(text)")
    }

    @Test(arguments: ["a while", "h", "1.2.3h", "-2", "3 parsecs", "1:75"])
    func rejects(text: String) {
        #expect(DurationText.hours(text, bare: .hours) == nil)
    }
}
