/// How the text table decorates its parts, e.g. with terminal colours; plain by default so the
/// renderer stays free of terminal libraries.
public struct HistoryTextStyle: Sendable {
    public var header: @Sendable (String) -> String
    public var title: @Sendable (String) -> String
    public var warning: @Sendable (String) -> String
    public var good: @Sendable (String) -> String
    public var bad: @Sendable (String) -> String

    public init(
        header: @escaping @Sendable (String) -> String = { $0 },
        title: @escaping @Sendable (String) -> String = { $0 },
        warning: @escaping @Sendable (String) -> String = { $0 },
        good: @escaping @Sendable (String) -> String = { $0 },
        bad: @escaping @Sendable (String) -> String = { $0 }
    ) {
        self.header = header
        self.title = title
        self.warning = warning
        self.good = good
        self.bad = bad
    }

    public static let plain = HistoryTextStyle()
}
