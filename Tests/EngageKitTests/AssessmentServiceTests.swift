import EngageCore
import EngageYAML
import Foundation
import Testing
@testable import EngageKit

struct AssessmentServiceTests {
    func service(_ store: EngagementStore) -> AssessmentService {
        AssessmentService(store: store, clock: Fixtures.clock, scorer: Fixtures.countingScorer)
    }

    @Test func interactiveRunWritesASnapshotAndRemovesTheDraft() throws {
        let store = try Fixtures.store()
        let terminal = ScriptedTerminal(typing: "3nhello⏎x" + "no db⏎" + "s⏎")
        let snapshot = try #require(try service(store).runInteractive(.init(team: "payments", respondent: "dana"), terminal: terminal, language: .en))
        #expect(snapshot.answers["a.one"]?.optionID == "full")
        #expect(snapshot.answers["a.two"]?.note == "hello")
        #expect(snapshot.answers["a.two"]?.choice == .notApplicable(reason: "no db"))
        #expect(snapshot.answers["b.one"]?.choice == .skipped)
        #expect(terminal.started == 1 && terminal.stopped == 1)
        let p = try store.paths("payments")
        #expect(!FileManager.default.fileExists(atPath: p.draft(respondent: "dana")))
        let files = SnapshotIndex(paths: p).snapshotFiles()
        #expect(files.count == 1)
        #expect(files[0].hasSuffix("-dana.yaml"))
        let reread = try SnapshotCodec.decodeSnapshot(file: files[0], library: store.library)
        #expect(reread.answers == snapshot.answers)
        #expect(reread.methodology.first?.contentHash == store.library.checklist("mini")?.contentHash)
    }

    @Test func everyAnswerIsOnDiskBeforeTheNextKeyAndResumeContinues() throws {
        let store = try Fixtures.store()
        let p = try store.paths("payments")
        let draftFile = p.draft(respondent: "dana")
        var answersOnDisk: [Int] = []
        let terminal = ScriptedTerminal(typing: "12")   // then end of input, as a closed terminal
        terminal.beforeKey = { _ in
            let count = (try? SnapshotCodec.decodeDraft(file: draftFile, library: store.library))?.answers.count ?? -1
            answersOnDisk.append(count)
        }
        let result = try service(store).runInteractive(.init(team: "payments", respondent: "dana"), terminal: terminal, language: .en)
        #expect(result == nil)
        #expect(answersOnDisk == [0, 1, 2])
        let draft = try SnapshotCodec.decodeDraft(file: draftFile, library: store.library)
        #expect(draft.answers["a.one"]?.optionID == "none")
        #expect(draft.answers["a.two"]?.optionID == "partial")

        // Without --resume the draft is protected.
        #expect(throws: EngageError.self) {
            try service(store).runInteractive(.init(team: "payments", respondent: "dana"), terminal: ScriptedTerminal([]), language: .en)
        }
        let resumed = ScriptedTerminal(typing: "3⏎")
        let snapshot = try #require(try service(store).runInteractive(.init(team: "payments", respondent: "dana", resume: true), terminal: resumed, language: .en))
        #expect(resumed.screens.first?.joined(separator: "\n").contains("Third question?") == true)
        #expect(snapshot.answers["a.one"]?.optionID == "none")
        #expect(snapshot.answers["b.one"]?.optionID == "full")
    }

    @Test func secondWriterForTheSameRespondentIsRefusedNamingTheHolder() throws {
        let store = try Fixtures.store()
        let p = try store.paths("payments")
        try FileManager.default.createDirectory(atPath: p.drafts, withIntermediateDirectories: true)
        let held = try FileLock.acquire(p.draftLock(respondent: "dana"), who: "dana")
        defer { held.release() }
        // flock locks belong to the open file description: a second open in this process conflicts as another process would.
        do {
            _ = try service(store).runInteractive(.init(team: "payments", respondent: "dana"), terminal: ScriptedTerminal([]), language: .en)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("another assessment of 'payments' by 'dana' is running"))
            #expect(error.description.contains("pid \(getpid())"))
        }
        // Another respondent is not blocked.
        let other = ScriptedTerminal(typing: "111⏎")
        #expect(try service(store).runInteractive(.init(team: "payments", respondent: "lee"), terminal: other, language: .en) != nil)
    }

    @Test func staleLockFromADeadProcessIsTakenOver() throws {
        let dir = Fixtures.temporaryDirectory()
        let path = dir + "/.dana.lock"
        try "pid=999999 host=gone who=dana since=2026-01-01T00:00:00Z\n".write(toFile: path, atomically: true, encoding: .utf8)
        let lock = try FileLock.acquire(path, who: "dana")
        #expect(lock.tookOverFrom?.pid == 999999)
        lock.release()
    }

    @Test func answersFileGivesTheSameAnswersAsTheKeyboard() throws {
        let store = try Fixtures.store()
        let yaml = """
            answers:
              a.one: full
              a.two: {not_applicable: no db, note: hello}
              b.one: {skip: true}
            """
        let snapshot = try service(store).runNonInteractive(.init(team: "payments", respondent: "dana"), answersData: Data(yaml.utf8), answersFile: "a.yaml", allowPartial: false)
        let store2 = try Fixtures.store()
        let keyed = try #require(try service(store2).runInteractive(.init(team: "payments", respondent: "dana"), terminal: ScriptedTerminal(typing: "3nhello⏎xno db⏎s⏎"), language: .en))
        #expect(snapshot.answers == keyed.answers)
        let a = try SnapshotCodec.tree(snapshot).serialized()
        let b = try SnapshotCodec.tree(keyed).serialized()
        #expect(a == b)
    }

    @Test func badAnswersAreAllReportedWithPositionsAndNothingIsWritten() throws {
        let store = try Fixtures.store()
        let yaml = """
            answers:
              a.one: fulll
              a.tw0: partial
              b.one: {not_applicable: ""}
            """
        do {
            _ = try service(store).runNonInteractive(.init(team: "payments", respondent: "dana"), answersData: Data(yaml.utf8), answersFile: "bad.yaml", allowPartial: false)
            Issue.record("expected errors")
        } catch {
            let text = error.diagnostics.map(\.description)
            #expect(text.contains("bad.yaml:2:10: error: unknown option 'fulll' for question 'a.one' (did you mean 'full'?); options: none, partial, full"))
            #expect(text.contains("bad.yaml:3:3: error: unknown question 'a.tw0' (did you mean 'a.two'?)"))
            #expect(text.contains { $0.hasPrefix("bad.yaml:4:27: error:") && $0.contains("must not be empty") })
            #expect(text.contains("bad.yaml:2:3: error: 1 question has no answer: a.two (answer them, mark them {skip: true}, or pass --allow-partial)"))
        }
        #expect(SnapshotIndex(paths: try store.paths("payments")).snapshotFiles().isEmpty)
    }
}

struct AnswerCodecTests {
    @Test func blankNotesAreNotWrittenSoEveryDraftReadsBack() throws {
        let dir = Fixtures.temporaryDirectory()
        var draft = AssessmentDraft(team: "t", respondent: "r", round: nil, startedAt: "2026-01-01T00:00:00Z", checklists: ["mini"])
        draft.answers.set(Answer(questionID: "a.one", choice: .option("full"), note: ""))
        draft.answers.set(Answer(questionID: "a.two", choice: .option("none"), note: "  "))
        try AtomicFile.write(try SnapshotCodec.tree(draft).serialized(), to: dir + "/d.yaml")
        let back = try SnapshotCodec.decodeDraft(file: dir + "/d.yaml", library: nil)
        #expect(back.answers["a.one"]?.note == nil)
        #expect(back.answers["a.two"]?.optionID == "none")
    }
}
