/// How many SREs embed with one team, and why.
public struct Staffing: Sendable, Hashable, Codable {
    public var maxEmbeddedSREs: Int
    public var why: LocalizedText
    public var source: SourceReference?

    public init(maxEmbeddedSREs: Int, why: LocalizedText, source: SourceReference? = nil) {
        self.maxEmbeddedSREs = maxEmbeddedSREs
        self.why = why
        self.source = source
    }
}
