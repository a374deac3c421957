/// What the postmortem collector read from one Markdown file.
public struct Postmortem: Sendable, Hashable {
    public var file: String
    public var title: String
    /// Line of the first action-items heading, nil when there is none.
    public var actionItemsLine: Int?
    public var items: [ActionItem]
    /// Blame phrases found in the summary, with their lines.
    public var blame: [(phrase: String, line: Int)]

    public init(file: String, title: String, actionItemsLine: Int?, items: [ActionItem], blame: [(phrase: String, line: Int)]) {
        self.file = file
        self.title = title
        self.actionItemsLine = actionItemsLine
        self.items = items
        self.blame = blame
    }

    public static func == (a: Postmortem, b: Postmortem) -> Bool {
        a.file == b.file && a.title == b.title && a.actionItemsLine == b.actionItemsLine && a.items == b.items
            && a.blame.map(\.phrase) == b.blame.map(\.phrase) && a.blame.map(\.line) == b.blame.map(\.line)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(items)
    }
}
