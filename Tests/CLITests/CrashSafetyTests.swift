import EngageKit
import Foundation
import Testing

/// kill -9 at random moments while a draft is being rewritten: the file must always parse, and
/// hold at least every answer whose save had completed before the kill.
struct CrashSafetyTests {
    @Test func killingTheWriterNeverCorruptsOrLosesTheDraft() throws {
        let dir = CLIRunner.temporaryDirectory()
        let file = dir + "/writer.yaml"
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var checked = 0
        for round in 0..<25 {
            try? FileManager.default.removeItem(atPath: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = ["debug", "draft-writer", "--file", file, "--count", "100000"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 30_000...150_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").compactMap { Int($0) }
            let confirmed = printed.last ?? 0
            guard FileManager.default.fileExists(atPath: file) else {
                #expect(confirmed == 0, "round \(round): draft missing after \(confirmed) confirmed saves")
                continue
            }
            let draft = try SnapshotCodec.decodeDraft(file: file, library: nil)
            checked += 1
            // Each run starts over from one answer; the file holds the last completed save,
            // which is the last confirmed one or the one after it (renamed, not yet printed).
            #expect(draft.answers.count >= confirmed, "round \(round)")
            #expect(draft.answers.count <= confirmed + 1, "round \(round)")
            if process.terminationReason == .uncaughtSignal { kills += 1 }
        }
        #expect(kills > 0)
        // Only the draft itself (and temporary files of interrupted writes) may be left.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix(".writer.yaml.tmp-") }
        #expect(leftovers.allSatisfy { $0 == "writer.yaml" })
        #expect(checked > 0, "no round got far enough to write a draft")
    }
}
