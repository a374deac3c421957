import EngageCore

/// Keeps the first problems of a file and counts the rest, so a million bad lines make a short
/// report instead of a million-line one.
struct DiagnosticLimiter {
    let file: String
    let limit: Int
    private(set) var kept: [Diagnostic] = []
    private(set) var dropped = 0
    private(set) var errorCount = 0

    init(file: String, limit: Int = 50) {
        self.file = file
        self.limit = limit
    }

    mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        if kept.count < limit { kept.append(diagnostic) } else { dropped += 1 }
    }

    mutating func error(_ message: String, line: Int, column: Int = 0) {
        append(.error(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    mutating func warning(_ message: String, line: Int, column: Int = 0) {
        append(.warning(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    /// The kept problems, plus a note counting the ones left out.
    var all: [Diagnostic] {
        dropped == 0 ? kept : kept + [Diagnostic(.note, "\(dropped) more problems in this file not shown", at: SourceLocation(file: file))]
    }
}
