import ArgumentParser
import EngageCore
import EngageKit
import EngageReport
import Foundation

/// `sre-engage report TEAM`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the closeout (after-action) report: Markdown, self-contained HTML with charts, or JSON.",
        discussion: """
            The same engagement files always give byte-identical output. Templates can be replaced with
            --template DIR holding report.md.mustache and/or report.html.mustache (see docs/reports.md).
            """)

    @Argument(help: "Team name.") var team: String
    @Option(help: "markdown, html or json.") var format: String = "markdown"
    @Option(help: "Write to this file (atomically) instead of standard output.") var output: String?
    @Option(help: ArgumentHelp("Folder with report.md.mustache / report.html.mustache overrides.", valueName: "dir")) var template: String?
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be markdown, html or json") }
        if let template {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: template, isDirectory: &isDir) || !isDir.boolValue {
                throw ValidationError("--template '\(template)' is not a folder")
            }
        }
    }

    func run() throws {
        try reporting {
            let store = try options.store()
            let document = try ReportBuilder(store: store, checklistsPath: options.checklists.checklistsPath, language: options.language).build(team: team)
            let text: String
            do {
                text = try ReportRenderer(templates: TemplateSource(directory: template)).render(document, as: ReportFormat(rawValue: format) ?? .markdown)
            } catch let error as DiagnosticError {
                throw EngageError(error.diagnostics)
            }
            if let output {
                do { try AtomicFile.write(text, to: output) } catch let e as AtomicFile.WriteError { throw EngageError(e.description, exitCode: 2) }
                Console.error("wrote \(output)")
            } else {
                print(text, terminator: "")
            }
        }
    }
}
