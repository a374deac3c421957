import Testing
@testable import EngageEvidence

@Suite struct LineReaderTests {
    static let text = "first line\r\nsecond, a bit longer line\n\nfourth ünïcödé line\r\nno newline at the end"
    static let expected = ["first line", "second, a bit longer line", "", "fourth ünïcödé line", "no newline at the end"]

    /// Every chunk size from 1 byte up splits lines at different places; the lines must not change.
    @Test(arguments: Array(1...40) + [4096])
    func linesSurviveEveryChunkBoundary(chunkSize: Int) throws {
        let path = Fixture.temporary(Self.text)
        var lines: [String] = []
        var numbers: [Int] = []
        try LineReader(path: path, chunkSize: chunkSize).forEachLine { bytes, number in
            lines.append(String(decoding: bytes, as: UTF8.self))
            numbers.append(number)
        }
        #expect(lines == Self.expected)
        #expect(numbers == [1, 2, 3, 4, 5])
    }

    @Test func aLineLongerThanTheCapIsADiagnostic() {
        let path = Fixture.temporary("short\n" + String(repeating: "x", count: 100) + "\n")
        #expect(throws: (any Error).self) {
            try LineReader(path: path, chunkSize: 8, maxLineLength: 32).forEachLine { _, _ in }
        }
    }

    @Test func aMissingFileIsADiagnosticNotATrap() {
        do {
            try LineReader(path: "/nonexistent/alerts.ndjson").forEachLine { _, _ in }
            Issue.record("expected an error")
        } catch let error as EngageCore.Diagnostic {
            #expect(error.message.contains("cannot open file"))
            #expect(error.location?.file == "/nonexistent/alerts.ndjson")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func anEmptyFileHasNoLines() throws {
        var count = 0
        try LineReader(path: Fixture.temporary("")).forEachLine { _, _ in count += 1 }
        #expect(count == 0)
    }
}

import EngageCore
