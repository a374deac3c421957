import EngageCore

/// What a collector produced: facts, problems found in the input, and the files it read.
public struct CollectorOutput: Sendable, Hashable {
    public var facts: [Fact]
    public var diagnostics: [Diagnostic]
    public var filesRead: [String]

    public init(facts: [Fact] = [], diagnostics: [Diagnostic] = [], filesRead: [String] = []) {
        self.facts = facts
        self.diagnostics = diagnostics
        self.filesRead = filesRead
    }
}
