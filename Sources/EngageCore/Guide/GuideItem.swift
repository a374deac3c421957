/// A task, an exit criterion, a note or an outcome of the engagement guide.
public struct GuideItem: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// What to do and why, in the seed's spirit.
    public var detail: LocalizedText?
    /// Ordered steps, when the seed gives them.
    public var steps: [LocalizedText]
    public var source: SourceReference?
    public var location: SourceLocation?

    public init(
        id: String, title: LocalizedText, detail: LocalizedText? = nil, steps: [LocalizedText] = [],
        source: SourceReference? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.detail = detail
        self.steps = steps
        self.source = source
        self.location = location
    }
}
