import Foundation
import Testing

/// init → assess (answers file and stdin) → guide/task/decide/close, through the built binary.
struct EngagementFlowCLITests {
    static let miniChecklist = """
        schema: 1
        id: mini
        kind: assessment
        title: Mini
        scale:
          - {id: none, score: 0, label: No}
          - {id: full, score: 100, label: Yes}
        sections:
          - id: s1
            title: S1
            questions:
              - {id: q1, text: One?}
              - {id: q2, text: Two?}
        """
    static let guide = """
        schema: 1
        id: guide
        kind: guide
        title: Guide
        phases:
          - id: learn
            title: Learn
            tasks: [{id: learn.shadow, title: Shadow on-call}]
            exit_criteria: [{id: learn.exit, title: Stage named}]
        """

    func workspace() throws -> CLIRunner {
        let dir = CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/checklists", withIntermediateDirectories: true)
        try Self.miniChecklist.write(toFile: dir + "/checklists/mini.yaml", atomically: true, encoding: .utf8)
        try Self.guide.write(toFile: dir + "/checklists/guide.yaml", atomically: true, encoding: .utf8)
        return CLIRunner(directory: dir, environment: ["SRE_ENGAGE_NOW": "2026-09-02T10:00:00Z"])
    }

    @Test func hostileTeamNamesExitTwoAndWriteNothing() throws {
        let cli = try workspace()
        for name in ["../escape", "/etc", "a/b", "bad\u{1}name", ".."] {
            let r = try cli.run(["init", name])
            #expect(r.status == 2, "\(name)")
            #expect(r.stderr.contains("error: team name"), "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.directory + "/engagements"))
    }

    @Test func assessFromAnswersFileAndFromStdinWithoutATerminal() throws {
        let cli = try workspace()
        #expect(try cli.run(["init", "payments", "--service", "checkout"]).status == 0)
        try "answers:\n  q1: full\n  q2: {not_applicable: no database}\n".write(toFile: cli.directory + "/a.yaml", atomically: true, encoding: .utf8)
        let r = try cli.run(["assess", "payments", "--respondent", "dana", "--answers", "a.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Saved engagements/payments/assessments/20260902T100000Z-dana.yaml"))
        // Same second, same respondent: the snapshot is immutable, so a second one is refused.
        let again = try cli.run(["assess", "payments", "--respondent", "dana", "--answers", "a.yaml"])
        #expect(again.status != 0)
        // No terminal: answers come from stdin; empty stdin is an error, never a hang.
        let piped = try cli.run(["assess", "payments", "--respondent", "lee"], stdin: "answers:\n  q1: none\n  q2: full\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        let empty = try cli.run(["assess", "payments", "--respondent", "kim"], stdin: "")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no terminal and no answers"))
        let lint = try cli.run(["lint", "engagements"])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout.contains("3 engagement files"))
    }

    @Test func badAnswersFileIsPositionedAndWritesNothing() throws {
        let cli = try workspace()
        #expect(try cli.run(["init", "payments"]).status == 0)
        try "answers:\n  q1: yes\n  q3: full\n".write(toFile: cli.directory + "/bad.yaml", atomically: true, encoding: .utf8)
        let r = try cli.run(["assess", "payments", "--answers", "bad.yaml", "--respondent", "dana"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.yaml:2:7: error: unknown option 'yes' for question 'q1'"))
        #expect(r.stderr.contains("bad.yaml:3:3: error: unknown question 'q3' (did you mean 'q1'?)"))
        #expect(r.stderr.contains("bad.yaml:2:3: error: 1 question has no answer: q2"))
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.directory + "/engagements/payments/assessments")
        #expect(files == ["drafts"])
    }

    @Test func engagementLogCommands() throws {
        let cli = try workspace()
        #expect(try cli.run(["init", "payments", "--sre", "Dana"]).status == 0)
        let guide = try cli.run(["guide", "payments"])
        #expect(guide.stdout.contains("Next: Shadow on-call"))
        #expect(try cli.run(["task", "payments", "learn.shadow", "done", "--note", "two nights"]).status == 0)
        let unknown = try cli.run(["task", "payments", "learn.shadw", "done"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'learn.shadow'"))
        #expect(try cli.run(["decide", "payments", "Write the SLO first", "--why", "It quantifies impact"]).status == 0)
        let refused = try cli.run(["close", "payments"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("learn.exit"))
        #expect(try cli.run(["close", "payments", "--force", "--reason", "reorg"]).status == 0)
        let twice = try cli.run(["close", "payments", "--force", "--reason", "again"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("already closed"))
        let text = try String(contentsOfFile: cli.directory + "/engagements/payments/engagement.yaml", encoding: .utf8)
        #expect(text.contains("forced_reason: reorg"))
        #expect(text.contains("why: It quantifies impact"))
    }
}
