/// Collects problems XcodeGen-style: every check runs, then all problems are reported at once.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public mutating func error(_ message: String, at location: SourceLocation?) {
        all.append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        all.append(.warning(message, at: location))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// Throws every collected error (sorted by file and line) if there is at least one.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(all) }
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; file-less problems first; stable for equal positions.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (la?, lb?): return la == lb ? a.offset < b.offset : la < lb
            }
        }.map(\.element)
    }
}
