import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage checklist list|show`.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "List or print the checklists.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the loaded checklists.")
        @OptionGroup var options: ChecklistOptions

        func run() throws {
            let library = try LibraryLoading.load(options.checklistsPath)
            let lang = options.language
            for checklist in library.assessments {
                print("\(checklist.id)\tassessment\t\(checklist.questions.count) questions\t\(checklist.title.text(lang))")
            }
            if let guide = library.guide { print("\(guide.id)\tguide\t\(guide.tasks.count) tasks\t\(guide.title.text(lang))") }
            if let catalog = library.stressors { print("\(catalog.id)\tstressors\t\(catalog.stressors.count) stressors\t\(catalog.title.text(lang))") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a checklist, the guide or the stressor catalogue readably.")
        @Argument(help: "Checklist id (see `sre-engage checklist list`).") var id: String
        @OptionGroup var options: ChecklistOptions

        func run() throws {
            let library = try LibraryLoading.load(options.checklistsPath)
            let renderer = ChecklistRenderer(language: options.language, style: .detect())
            if let checklist = library.checklist(id) {
                print(renderer.render(checklist), terminator: "")
            } else if let guide = library.guide, guide.id == id {
                print(renderer.render(guide), terminator: "")
            } else if let catalog = library.stressors, catalog.id == id {
                print(renderer.render(catalog), terminator: "")
            } else {
                let known = library.assessments.map(\.id) + [library.guide?.id, library.stressors?.id].compactMap { $0 }
                throw ValidationError("no checklist '\(id)'\(id.didYouMean(known)); known: \(known.joined(separator: ", "))")
            }
        }
    }
}
