import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage assess TEAM`: the questionnaire, or answers from a file or standard input.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a team: the interactive questionnaire, or --answers FILE (or stdin) without a terminal.",
        discussion: """
            Every answer is saved to a draft at once (atomic replace), so Ctrl-C, a closed terminal or kill -9
            lose nothing: continue with --resume. Finishing writes an immutable snapshot to
            engagements/TEAM/assessments/<UTC timestamp>-<respondent>.yaml.
            """)

    @Argument(help: "Team name.") var team: String
    @Option(help: "Comma-separated checklist ids (default: the engagement's).") var checklist: String?
    @Option(help: "Who is answering (default: the answers file's respondent, else $USER).") var respondent: String?
    @Option(help: "Round name; snapshots of one round are combined (default: the UTC day).") var round: String?
    @Option(help: ArgumentHelp("Answers YAML file, or - for standard input.", valueName: "file")) var answers: String?
    @Flag(help: "Continue the draft at the first unanswered question.") var resume = false
    @Flag(help: "Throw away an existing draft and start over.") var discardDraft = false
    @Flag(help: "Accept an answers file that leaves questions out.") var allowPartial = false
    @Flag(help: "With --answers: print the scorecard without writing a snapshot.") var dryRun = false
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if resume, answers != nil { throw ValidationError("--resume continues an interactive draft; it cannot be combined with --answers") }
        if resume, discardDraft { throw ValidationError("--resume and --discard-draft contradict each other") }
        if dryRun, answers == nil { throw ValidationError("--dry-run previews an answers file; give --answers FILE") }
    }

    func run() throws {
        try reporting {
            let store = try options.store()
            let service = AssessmentService(store: store, clock: SystemClock(), scorer: ScoringBridge.scorer)
            var request = AssessmentService.Request(
                team: team, checklistIDs: checklist.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
                respondent: respondent, round: round, resume: resume, discardDraft: discardDraft)
            request.dryRun = dryRun
            let snapshot: AssessmentSnapshot?
            if let answers {
                let data = try read(answers)
                snapshot = try service.runNonInteractive(request, answersData: data, answersFile: answers == "-" ? "<stdin>" : answers, allowPartial: allowPartial)
            } else if PosixTerminal.isInteractive {
                snapshot = try service.runInteractive(request, terminal: PosixTerminal(), language: options.language)
                if snapshot == nil {
                    print("Draft saved. Continue with: sre-engage assess \(team) --resume" + (respondent.map { " --respondent \($0)" } ?? ""))
                    return
                }
            } else if isatty(STDIN_FILENO) == 0 {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                if data.isEmpty { throw EngageError.usage("no terminal and no answers on standard input; pass --answers FILE.yaml or pipe answers in") }
                snapshot = try service.runNonInteractive(request, answersData: data, answersFile: "<stdin>", allowPartial: allowPartial)
            } else {
                throw EngageError.usage("standard output is not a terminal; pass --answers FILE.yaml for a non-interactive assessment")
            }
            if let snapshot {
                print(dryRun ? "Dry run: scored \(snapshot.answers.count) answers by \(snapshot.respondent); no snapshot written." : "Saved \(snapshot.location?.file ?? snapshot.id)")
                print(try ScoringBridge.scorecardText(snapshot: snapshot, library: store.library, language: options.language))
            }
        }
    }

    private func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EngageError.usage("\(path): cannot read answers file (no such file, or not readable)")
        }
        return data
    }
}
