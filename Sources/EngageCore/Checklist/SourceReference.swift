/// Where a checklist item comes from: a seed document (and a line in it) or a publication.
public struct SourceReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A seed file name (`000_6269cd0ea14e0078.txt`) or a citation.
    public var document: String
    /// The line in the seed, when known.
    public var line: Int?
    /// The passage quoted, when useful.
    public var quote: String?

    public init(document: String, line: Int? = nil, quote: String? = nil) {
        self.document = document
        self.line = line
        self.quote = quote
    }

    public var description: String {
        line.map { "\(document):\($0)" } ?? document
    }
}
