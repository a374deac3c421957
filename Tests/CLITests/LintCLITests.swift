import Foundation
import Testing

struct LintCLITests {
    let fixtures = CLIRunner.repositoryRoot + "/Tests/EngageYAMLTests/Fixtures/malformed"

    @Test func typoPrintsThePositionedSuggestionAndExitsOne() throws {
        let r = try CLIRunner(directory: fixtures).run(["lint", "01-unknown-key-typo.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr == "01-unknown-key-typo.yaml:14:9: error: unknown key 'wieght' (did you mean 'weight'?)\n")
        #expect(r.stdout.contains("1 error"))
    }

    @Test func threeProblemsAreAllReported() throws {
        let r = try CLIRunner(directory: fixtures).run(["lint", "02-three-problems.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 3)
    }

    @Test func missingPathExitsTwo() throws {
        let r = try CLIRunner(directory: fixtures).run(["lint", "no-such-file.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such-file.yaml: error:"))
    }

    @Test func aliasBombFailsCleanly() throws {
        let dir = CLIRunner.temporaryDirectory()
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for i in 1..<9 { text += "\(names[i]): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ",") + "]\n" }
        try text.write(toFile: dir + "/bomb.yaml", atomically: true, encoding: .utf8)
        let r = try CLIRunner(directory: dir).run(["lint", "bomb.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("alias bomb"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func versionAndHelp() throws {
        let dir = CLIRunner.temporaryDirectory()
        let v = try CLIRunner(directory: dir).run(["--version"])
        #expect(v.status == 0)
        #expect(!v.stdout.isEmpty)
        for command in ["lint", "checklist", "init", "guide", "task", "decide", "slo", "fire", "close"] {
            let h = try CLIRunner(directory: dir).run([command, "--help"])
            #expect(h.status == 0, "\(command) --help")
            #expect(h.stdout.contains("USAGE"), "\(command) --help")
        }
    }
}
