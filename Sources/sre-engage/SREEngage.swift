import ArgumentParser
import EngageKit

/// The `sre-engage` root command: argument parsing and printing only; the work is in EngageKit.
@main
struct SREEngage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sre-engage",
        abstract: "Checklists, assessments, stressor detection and closeout reports for embedded SRE engagements.",
        discussion: """
            An embedded SRE (SRE book, chapter 30) learns the service, identifies what stresses the team,
            shares context, drives change starting with an SLO, and closes with an after-action report.
            """,
        version: SREEngageVersion.current,
        subcommands: [
            LintCommand.self,
            ChecklistCommand.self,
            InitCommand.self,
            AssessCommand.self,
            ScoreCommand.self,
            DetectCommand.self,
            HistoryCommand.self,
            ReportCommand.self,
            GuideCommand.self,
            TaskCommand.self,
            DecideCommand.self,
            SLOCommand.self,
            FireCommand.self,
            CloseCommand.self,
            EvidenceCommand.self,
            DebugCommand.self,
            SilosCommand.self,
        ]
    )
}
