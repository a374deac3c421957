/// The embedded-engagement guide (SRE book, chapter 30).
public struct Guide: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var source: SourceReference?
    public var staffing: Staffing?
    public var phases: [GuidePhase]
    /// What the SRE leaves the team with at the end.
    public var outcomes: [GuideItem]
    public var location: SourceLocation?

    public init(
        id: String, version: String = "1", title: LocalizedText, description: LocalizedText? = nil,
        source: SourceReference? = nil, staffing: Staffing? = nil, phases: [GuidePhase],
        outcomes: [GuideItem] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.staffing = staffing
        self.phases = phases
        self.outcomes = outcomes
        self.location = location
    }

    public var tasks: [GuideItem] { phases.flatMap(\.tasks) }

    /// The phase an item (task or exit criterion) belongs to.
    public func phase(of itemID: String) -> GuidePhase? {
        phases.first { $0.trackedItems.contains { $0.id == itemID } }
    }

    public func item(_ id: String) -> GuideItem? {
        phases.lazy.flatMap(\.trackedItems).first { $0.id == id }
    }
}
