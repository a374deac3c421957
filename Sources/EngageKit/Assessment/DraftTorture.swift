import EngageCore
import EngageYAML
import Foundation

/// Writes a growing draft again and again through the same atomic path the questionnaire uses,
/// printing each count once it is on disk. Used by the crash test, which kills this process with
/// SIGKILL at random moments and checks that the draft always parses and nothing was lost.
public enum DraftTorture {
    public static func run(file: String, count: Int) throws(EngageError) {
        var draft = AssessmentDraft(team: "torture", respondent: "writer", round: nil, startedAt: "2026-01-01T00:00:00Z", checklists: ["principles"])
        for i in 1...max(1, count) {
            draft.answers.set(Answer(questionID: "q\(i)", choice: .option("full"), note: i % 50 == 0 ? nil : String(repeating: "노트 ", count: i % 50)))
            do {
                try AtomicFile.write(try SnapshotCodec.tree(draft).serialized(), to: file)
            } catch let e as AtomicFile.WriteError {
                throw EngageError(e.description, exitCode: 2)
            } catch {
                throw EngageError("\(error)", exitCode: 2)
            }
            FileHandle.standardOutput.write(Data("\(i)\n".utf8))
        }
    }
}
