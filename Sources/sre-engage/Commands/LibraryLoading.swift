import ArgumentParser
import EngageCore
import EngageKit
import EngageYAML
import Foundation

/// Loads the checklists for a command, printing problems and exiting 1 if there are errors.
enum LibraryLoading {
    static func load(_ path: String) throws -> ChecklistLibrary {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("\(path): error: checklists folder not found (use --checklists DIR)")
            throw ExitCode(2)
        }
        let result = ChecklistLoader().load(paths: [path])
        if result.hasErrors {
            Console.error(DiagnosticFormatter(style: .detect(fileDescriptor: STDERR_FILENO)).format(result.diagnostics))
            throw ExitCode(1)
        }
        return result.library
    }
}
