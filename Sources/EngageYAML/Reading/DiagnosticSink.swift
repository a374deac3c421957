import EngageCore

/// Collects the problems found while decoding one or more files. A reference type so that every
/// reader handed down the tree reports into the same list; used from one task at a time.
public final class DiagnosticSink {
    public private(set) var diagnostics = Diagnostics()

    public init() {}

    public func error(_ message: String, at location: SourceLocation?) {
        diagnostics.error(message, at: location)
    }

    public func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.warning(message, at: location)
    }

    public func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func append(contentsOf list: [Diagnostic]) {
        diagnostics.append(contentsOf: list)
    }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
