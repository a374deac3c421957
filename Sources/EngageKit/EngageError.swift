import EngageCore

/// A failure a command reports to the user: every diagnostic, and the exit status to use
/// (1 for problems in files, 2 for usage errors and unreadable paths).
public struct EngageError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var exitCode: Int32

    public init(_ diagnostics: [Diagnostic], exitCode: Int32 = 1) {
        self.diagnostics = diagnostics.sortedForDisplay()
        self.exitCode = exitCode
    }

    public init(_ message: String, at location: SourceLocation? = nil, exitCode: Int32 = 1) {
        self.init([.error(message, at: location)], exitCode: exitCode)
    }

    public static func usage(_ message: String) -> EngageError { EngageError(message, exitCode: 2) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
