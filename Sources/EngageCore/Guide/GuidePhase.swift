/// A phase of an embedded engagement (learn → identify stressors → share context → drive change → closeout).
public struct GuidePhase: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// What the phase is for.
    public var goal: LocalizedText?
    public var tasks: [GuideItem]
    /// What must hold before the phase is done; `close` refuses while any is open.
    public var exitCriteria: [GuideItem]
    /// Advice that is neither a task nor a criterion.
    public var notes: [GuideItem]
    public var source: SourceReference?
    public var location: SourceLocation?

    public init(
        id: String, title: LocalizedText, goal: LocalizedText? = nil, tasks: [GuideItem] = [],
        exitCriteria: [GuideItem] = [], notes: [GuideItem] = [], source: SourceReference? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.goal = goal
        self.tasks = tasks
        self.exitCriteria = exitCriteria
        self.notes = notes
        self.source = source
        self.location = location
    }

    /// Tasks and exit criteria: everything that has a done/open status in an engagement.
    public var trackedItems: [GuideItem] { tasks + exitCriteria }
}
