import ArgumentParser
import EngageCore
import EngageKit

/// Options shared by every command that works on an engagement.
struct EngagementOptions: ParsableArguments {
    @Option(name: .customLong("engagements"), help: ArgumentHelp("Folder holding one folder per team.", valueName: "dir"))
    var engagementsPath: String = "engagements"

    @OptionGroup var checklists: ChecklistOptions

    var language: Language { checklists.language }

    func store() throws -> EngagementStore {
        EngagementStore(root: engagementsPath, library: try LibraryLoading.load(checklists.checklistsPath))
    }
}
