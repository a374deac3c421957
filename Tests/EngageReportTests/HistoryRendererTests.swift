import EngageAnalysis
import Foundation
import Testing
@testable import EngageReport

struct HistoryRendererTests {
    @Test func textMatchesGolden() throws {
        try Golden.assert(try HistoryRenderer().render(HistoryFixtures.table(), as: .text), "history.txt")
    }

    @Test func koreanTextMatchesGolden() throws {
        try Golden.assert(try HistoryRenderer().render(HistoryFixtures.table(language: "ko"), as: .text), "history.ko.txt")
    }

    @Test func csvMatchesGolden() throws {
        try Golden.assert(try HistoryRenderer().render(HistoryFixtures.table(), as: .csv), "history.csv")
    }

    @Test func jsonMatchesGoldenAndRoundTrips() throws {
        let json = try HistoryRenderer().render(HistoryFixtures.table(), as: .json)
        try Golden.assert(json, "history.json")
        #expect(try JSONDecoder().decode(HistoryTable.self, from: Data(json.utf8)) == HistoryFixtures.table())
    }

    @Test func everyRowOfTheTextTableIsEquallyWideUpToTheTrendColumn() throws {
        let lines = HistoryRenderer().text(HistoryFixtures.table(language: "ko")).split(separator: "\n").map(String.init)
        let table = lines[1...6]
        // The trend column starts at the same terminal column on every line, Hangul counted double.
        let starts = table.map { line -> Int in
            let cut = line.range(of: "  ", options: .backwards, range: line.startIndex..<(line.firstIndex(where: { "▁▂▃▄▅▆▇█추".contains($0) }) ?? line.endIndex))
            return DisplayWidth.of(String(line[..<(cut?.upperBound ?? line.endIndex)]))
        }
        #expect(Set(starts).count == 1, "\(starts)")
    }

    @Test func sparklineReplaysTheOverallScoreUpToEachRow() {
        let table = HistoryFixtures.table()
        #expect(HistoryRenderer.sparkline(table, row: 0) == "▂")
        #expect(HistoryRenderer.sparkline(table, row: 4) == "▂▃▄▆▅")
        #expect(HistoryRenderer.sparkline(table, row: 9) == "")
    }

    @Test func boundaryAndRegressionAreCalledOut() {
        let text = HistoryRenderer().text(HistoryFixtures.table())
        #expect(text.contains("+9.5†"))
        #expect(text.contains("20260930T100000Z-dana: 11 shared questions"))
        #expect(HistoryRenderer().text(HistoryFixtures.table(language: "ko")).contains("20260930T100000Z-dana: 공통 질문 11개"))
        #expect(text.contains("  overall: 62.5 → 55.0 (−7.5)"))
        #expect(text.contains("follow-up ⚠ regression"))
        #expect(text.contains("Follow-up: regressions against the exit snapshot (exit)"))
        #expect(text.contains("  principle principle-1: 60.0 → 46.0 (−14.0)"))
    }

    @Test func aFollowUpWithoutLossSaysSo() {
        var table = HistoryFixtures.table()
        table.regressions = []
        table.rows[4].regression = false
        #expect(HistoryRenderer().text(table).contains("Follow-up: no regression against the exit snapshot (exit)"))
    }

    @Test func anEmptyHistorySaysSo() {
        let table = HistoryTable(team: "payments", principles: [], rows: [])
        #expect(HistoryRenderer().text(table) == "payments: no assessments yet\n")
    }

    @Test func csvQuotesPerRFC4180() {
        let csv = HistoryRenderer().csv(HistoryFixtures.table())
        #expect(csv.contains(",\"dana, \"\"the\"\" SRE\","))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(CSVField.quote("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVField.quote("plain") == "plain")
    }

    @Test func styleDecoratesOnlyWhatItShould() {
        let style = HistoryTextStyle(header: { "[h]" + $0 }, bad: { "[!]" + $0 })
        let text = HistoryRenderer(style: style).text(HistoryFixtures.table())
        #expect(text.split(separator: "\n")[1].hasPrefix("[h]snapshot"))
        #expect(text.contains("[!]20270128T100000Z-dana"))
        #expect(!text.contains("[!]20261028T100000Z-dana"))
    }

    @Test(arguments: HistoryFormat.allCases)
    func renderingIsDeterministic(_ format: HistoryFormat) throws {
        #expect(try HistoryRenderer().render(HistoryFixtures.table(), as: format) == (try HistoryRenderer().render(HistoryFixtures.table(), as: format)))
    }
}
