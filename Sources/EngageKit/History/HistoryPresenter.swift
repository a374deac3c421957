import EngageCore
import Foundation

/// Renders a history result by format name.
public struct HistoryPresenter: Sendable {
    public var library: ChecklistLibrary
    public var language: Language

    public init(library: ChecklistLibrary, language: Language) {
        self.library = library
        self.language = language
    }

    public func render(_ result: HistoryResult, format: String, style: TerminalStyle) throws -> String {
        switch format {
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
        default:
            throw EngageError.usage("history format '\(format)' is not available yet")
        }
    }
}
