import EngageCore
import Testing
@testable import EngageEvidence

@Suite struct CSVReaderTests {
    /// BOM, CRLF, quoted fields with doubled quotes, embedded CRLF and LF newlines, an empty
    /// last field, a blank line, a final record without a newline.
    static let text = "\u{FEFF}id,title,note\r\n1,\"Say \"\"hi\"\"\",plain\r\n2,\"multi\r\nline, with comma\",\r\n\r\n3,ünï,\"x\ny\"\n4,last,no newline"
    static let expected: [[String]] = [
        ["id", "title", "note"],
        ["1", "Say \"hi\"", "plain"],
        ["2", "multi\r\nline, with comma", ""],
        ["3", "ünï", "x\ny"],
        ["4", "last", "no newline"],
    ]

    @Test(arguments: Array(1...24) + [65536])
    func recordsSurviveEveryChunkBoundary(chunkSize: Int) {
        let path = Fixture.temporary(Self.text, name: "t.csv")
        var records: [CSVRecord] = []
        let problems = CSVReader(path: path, chunkSize: chunkSize).read { records.append($0) }
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == Self.expected)
        // Record lines: header 1, row "1" on 2, row "2" on 3 (runs to 4), blank 5, row "3" on 6 (to 7), row "4" on 8.
        #expect(records.map(\.line) == [1, 2, 3, 6, 8])
        // Columns of row 3's fields: "3" at 1, "ünï" at 3, the quote at 7 (ü, n, ï are one column each).
        #expect(records[3].columns == [1, 3, 7])
    }

    @Test func unterminatedQuoteIsReportedWhereItOpened() {
        let path = Fixture.temporary("a,b\n1,\"open\n2,3\n", name: "t.csv")
        var count = 0
        let problems = CSVReader(path: path, chunkSize: 3).read { _ in count += 1 }
        #expect(count == 1)  // only the header; the rest is inside the open quote
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: path, line: 2, column: 3))
        #expect(problems.first?.message.contains("unterminated quoted field") == true)
    }

    @Test func strayQuotesAreReportedAndKept() {
        let path = Fixture.temporary("a,b\nab\"c,\"d\"e\n", name: "t.csv")
        var records: [CSVRecord] = []
        let problems = CSVReader(path: path).read { records.append($0) }
        #expect(records.last?.fields == ["ab\"c", "de"])
        #expect(problems.map { $0.location?.line ?? 0 } == [2, 2])
        #expect(problems.map { $0.location?.column ?? 0 } == [3, 9])
    }

    @Test func headerReadsOnlyTheFirstRecord() {
        let path = Fixture.temporary("x,y\n1,2\n3,4\n", name: "t.csv")
        #expect(CSVReader(path: path).header()?.fields == ["x", "y"])
    }
}
