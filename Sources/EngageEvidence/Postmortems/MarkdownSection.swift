/// A heading of a Markdown document and the lines under it (up to the next heading of the same
/// or a higher level), with their 1-based line numbers. Lines inside fenced code are left out.
struct MarkdownSection: Sendable {
    var level: Int
    var title: String
    var line: Int
    var body: [(number: Int, text: String)]
}
