/// One line of "where the team started and where it ends".
public struct ScoreComparisonRow: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case overall, checklist, principle, area }

    public var kind: Kind
    public var id: String
    public var title: String
    public var baseline: Double?
    public var exit: Double?
    public var baselineLevel: String?
    public var exitLevel: String?
    /// Share of the applicable questions answered in the exit round (0–1); set after `init`.
    public var coverage: Double? = nil

    public init(kind: Kind, id: String, title: String, baseline: Double?, exit: Double?, baselineLevel: String? = nil, exitLevel: String? = nil) {
        self.kind = kind
        self.id = id
        self.title = title
        self.baseline = baseline
        self.exit = exit
        self.baselineLevel = baselineLevel
        self.exitLevel = exitLevel
    }

    public var delta: Double? {
        guard let baseline, let exit else { return nil }
        return exit - baseline
    }
}
