/// An assessment checklist: sections of scored questions, a level ladder and default scale and risk rules.
public struct Checklist: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var source: SourceReference?
    /// Whether the sections of this checklist are principles that other sections roll up into.
    public var definesPrinciples: Bool
    public var sections: [Section]
    public var levels: [MaturityLevel]
    /// The file it was loaded from.
    public var location: SourceLocation?

    public init(
        id: String, version: String = "1", title: LocalizedText, description: LocalizedText? = nil,
        source: SourceReference? = nil, definesPrinciples: Bool = false, sections: [Section],
        levels: [MaturityLevel] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.definesPrinciples = definesPrinciples
        self.sections = sections
        self.levels = levels
        self.location = location
    }

    public var questions: [Question] { sections.flatMap(\.questions) }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    public func section(containing questionID: String) -> Section? {
        sections.first { $0.questions.contains { $0.id == questionID } }
    }
}
