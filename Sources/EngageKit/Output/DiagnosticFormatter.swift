import EngageCore

/// Prints diagnostics swift-format style: `file:line:col: error: message`, coloured only when the
/// style allows it.
public struct DiagnosticFormatter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label: String
        switch diagnostic.severity {
        case .error: label = style.red("error:")
        case .warning: label = style.yellow("warning:")
        case .note: label = style.cyan("note:")
        }
        let prefix = diagnostic.location.map { style.bold("\($0):") + " " } ?? ""
        return "\(prefix)\(label) \(diagnostic.message)"
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedForDisplay().map(format).joined(separator: "\n")
    }
}
