import ArgumentParser
import EngageCore

/// Options shared by every command that reads the checklists.
struct ChecklistOptions: ParsableArguments {
    @Option(name: .customLong("checklists"), help: ArgumentHelp("Folder of checklist YAML files.", valueName: "dir"))
    var checklistsPath: String = "checklists"

    @Option(name: .customLong("lang"), help: "Language of the texts: ko or en (falls back to the other).")
    var language: Language = .en
}

extension Language: ExpressibleByArgument {}
