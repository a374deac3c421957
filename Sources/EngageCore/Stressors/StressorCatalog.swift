/// The stressor catalogue (`checklists/stressors.yaml`).
public struct StressorCatalog: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var stressors: [Stressor]
    public var location: SourceLocation?

    public init(id: String, version: String = "1", title: LocalizedText, description: LocalizedText? = nil, stressors: [Stressor], location: SourceLocation? = nil) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.stressors = stressors
        self.location = location
    }

    public func stressor(_ id: String) -> Stressor? { stressors.first { $0.id == id } }
}
