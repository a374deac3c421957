import Testing
@testable import EngageGit

/// The forward replay on hand-built ranges (no git): identities follow renames, deletions and
/// re-additions, across range boundaries.
@Suite struct HistoryReplayTests {
    /// Builds a range from commits written oldest first as (author, [(kind, path, source)]);
    /// the range stores them newest first, as `HistoryReader` returns them.
    static func range(_ commits: [(String, [(ChangeKind, String, String?)])]) -> RangeLog {
        var log = RangeLog()
        for (author, changes) in commits.reversed() {
            log.commitAuthors.append(log.internIdentity(name: author, email: "\(author.lowercased())@example.com"))
            for (kind, path, source) in changes {
                let s = source.map { log.internPath($0) } ?? -1
                log.changes.append(PathChange(kind: kind, path: log.internPath(path), source: s))
            }
            log.commitEnds.append(Int32(log.changes.count))
        }
        return log
    }

    static func touches(_ replay: HistoryReplay, _ path: String) -> [String] {
        (replay.file(at: path)?.touches ?? []).map { "\(replay.identities[Int($0.identity)].name) \($0.changes)/\($0.additions)" }
    }

    @Test func renameAcrossRangesKeepsTheFile() {
        var replay = HistoryReplay()
        // Oldest range first in history, but handed over newest first.
        let older = Self.range([("Ann", [(.add, "a.c", nil)]), ("Ben", [(.modify, "a.c", nil)])])
        let newer = Self.range([("Cy", [(.rename, "b.c", "a.c")]), ("Ann", [(.modify, "b.c", nil)])])
        replay.replay(newestFirst: [newer, older])
        #expect(replay.commits == 4)
        #expect(replay.file(at: "a.c") == nil)
        #expect(Self.touches(replay, "b.c") == ["Ann 2/1", "Ben 1/0", "Cy 1/0"])
    }

    @Test func reAdditionRevivesTheDeletedFile() {
        var replay = HistoryReplay()
        replay.replay(newestFirst: [Self.range([
            ("Ann", [(.add, "x.c", nil)]), ("Ben", [(.delete, "x.c", nil)]), ("Cy", [(.add, "x.c", nil)]),
        ])])
        #expect(Self.touches(replay, "x.c") == ["Ann 1/1", "Cy 1/1"])
    }

    @Test func renameOntoADeletedPathStartsFromTheMovedFile() {
        var replay = HistoryReplay()
        replay.replay(newestFirst: [Self.range([
            ("Ann", [(.add, "x.c", nil), (.add, "y.c", nil)]),
            ("Ben", [(.delete, "x.c", nil)]),
            ("Cy", [(.rename, "x.c", "y.c")]),
            ("Dee", [(.add, "y.c", nil)]),
        ])])
        // x.c now holds y.c's history; y.c is a new file (its old identity moved away).
        #expect(Self.touches(replay, "x.c") == ["Ann 1/1", "Cy 1/0"])
        #expect(Self.touches(replay, "y.c") == ["Dee 1/1"])
    }

    @Test func pathsFirstSeenByAChangeHaveNoCreator() {
        var replay = HistoryReplay()
        replay.replay(newestFirst: [Self.range([("Ann", [(.modify, "old.c", nil), (.rename, "new.c", "gone.c")])])])
        #expect(Self.touches(replay, "old.c") == ["Ann 1/0"])
        #expect(Self.touches(replay, "new.c") == ["Ann 1/0"])
    }

    @Test func copiesAreNewFiles() {
        var replay = HistoryReplay()
        replay.replay(newestFirst: [Self.range([("Ann", [(.add, "a.c", nil)]), ("Ben", [(.copy, "b.c", "a.c")])])])
        #expect(Self.touches(replay, "a.c") == ["Ann 1/1"])
        #expect(Self.touches(replay, "b.c") == ["Ben 1/1"])
    }
}
