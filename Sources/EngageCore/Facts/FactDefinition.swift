/// The definition of a fact name: its type, meaning, and the evidence that produces it.
public struct FactDefinition: Sendable, Hashable, Codable {
    public enum ValueType: String, Sendable, Hashable, Codable {
        case number, boolean, text, list
    }

    public var name: String
    public var type: ValueType
    public var definition: String
    /// The evidence that settles a rule over this fact (shown when the fact is unknown).
    public var evidence: String

    public init(_ name: String, _ type: ValueType, _ definition: String, evidence: String) {
        self.name = name
        self.type = type
        self.definition = definition
        self.evidence = evidence
    }
}
