/// The facts collected for one engagement, by name.
public struct FactSet: Sendable, Hashable, Codable {
    public private(set) var facts: [String: Fact] = [:]

    public init(_ facts: [Fact] = []) {
        for fact in facts { insert(fact) }
    }

    /// Adds or replaces a fact.
    public mutating func insert(_ fact: Fact) {
        facts[fact.name] = fact
    }

    public mutating func merge(_ other: FactSet) {
        for fact in other.facts.values { insert(fact) }
    }

    public subscript(name: String) -> Fact? { facts[name] }

    /// Facts sorted by name, for stable output.
    public var sorted: [Fact] { facts.values.sorted { $0.name < $1.name } }

    public var isEmpty: Bool { facts.isEmpty }
}
