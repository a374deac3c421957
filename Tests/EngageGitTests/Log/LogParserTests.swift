import EngageCore
import Testing
@testable import EngageGit

@Suite struct LogParserTests {
    /// Output in the shape of `git log -z --name-status --find-renames --format=%x01%aN%x00%aE`:
    /// a commit with two additions, one with a rename and a modification, one without changes,
    /// one with a deletion and a type change.
    static let sample: [UInt8] = Array((
        "\u{1}Alice\0alice@example.com\0\nA\0src/a.c\0A\0src/b c.c\0"
        + "\u{1}Bob\0bob@example.com\0\nR087\0src/a.c\0lib/a.c\0M\0src/b c.c\0"
        + "\u{1}Alice\0alice@example.com\0"
        + "\u{1}Carol\0carol@example.com\0\nD\0lib/a.c\0T\0src/b c.c\0"
    ).utf8)

    static func parse(_ bytes: [UInt8], chunk: Int) throws -> RangeLog {
        var parser = LogParser()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            let piece = Array(bytes[start..<end])
            try piece.withUnsafeBytes { raw in try parser.consume(raw) }
            start = end
        }
        return try parser.finish()
    }

    static func describe(_ log: RangeLog) -> [String] {
        var lines: [String] = []
        var start = 0
        for c in 0..<log.commitCount {
            let author = log.identities[Int(log.commitAuthors[c])]
            let end = Int(log.commitEnds[c])
            let changes = log.changes[start..<end].map { change in
                "\(change.kind) \(change.source >= 0 ? log.paths[Int(change.source)] + " -> " : "")\(log.paths[Int(change.path)])"
            }
            lines.append("\(author.name) <\(author.email)>: " + changes.joined(separator: ", "))
            start = end
        }
        return lines
    }

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func parsesWhateverTheChunkBoundaries(chunk: Int) throws {
        let log = try Self.parse(Self.sample, chunk: chunk)
        #expect(Self.describe(log) == [
            "Alice <alice@example.com>: add src/a.c, add src/b c.c",
            "Bob <bob@example.com>: rename src/a.c -> lib/a.c, modify src/b c.c",
            "Alice <alice@example.com>: ",
            "Carol <carol@example.com>: delete lib/a.c, modify src/b c.c",
        ])
        #expect(log.identities.count == 3)
        #expect(log.paths.count == 3)
    }

    @Test func truncatedOutputIsAnError() {
        let truncated = Array("\u{1}Alice\0alice@example.com\0\nR100\0old.c\0".utf8)
        #expect(throws: DiagnosticError.self) { try Self.parse(truncated, chunk: 5) }
    }

    @Test func changesBeforeAnyCommitAreAnError() {
        #expect(throws: DiagnosticError.self) { try Self.parse(Array("M\0a.c\0".utf8), chunk: 100) }
    }

    @Test func emptyOutputHasNoCommits() throws {
        #expect(try Self.parse([], chunk: 10).commitCount == 0)
    }
}
