/// Everything the closeout report shows, already computed and localised by the caller. Rendering
/// is a pure function of this value, so the same engagement gives byte-identical reports.
public struct ReportDocument: Sendable, Hashable, Codable {
    public var language: String
    public var engagement: ReportEngagement
    /// Snapshot round and date the comparison starts from, and ends at.
    public var baseline: ReportRound?
    public var exit: ReportRound?
    /// Per checklist, per principle and per area, plus overall.
    public var scores: [ScoreComparisonRow]
    public var stressors: [StressorRow]
    public var decisions: [DecisionRow]
    public var slos: [SLORow]
    public var fires: [FireRow]
    /// Open tasks and exit criteria.
    public var remaining: [String]
    public var nextSteps: [String]
    public var followUp: String?
    public var trend: [TrendPoint]
    /// Principle ids and titles, in order, for the charts.
    public var principles: [ReportPrinciple]
    public var appendix: [AppendixRow]

    public init(
        language: String, engagement: ReportEngagement, baseline: ReportRound?, exit: ReportRound?,
        scores: [ScoreComparisonRow], stressors: [StressorRow], decisions: [DecisionRow], slos: [SLORow],
        fires: [FireRow], remaining: [String], nextSteps: [String], followUp: String?, trend: [TrendPoint],
        principles: [ReportPrinciple], appendix: [AppendixRow]
    ) {
        self.language = language
        self.engagement = engagement
        self.baseline = baseline
        self.exit = exit
        self.scores = scores
        self.stressors = stressors
        self.decisions = decisions
        self.slos = slos
        self.fires = fires
        self.remaining = remaining
        self.nextSteps = nextSteps
        self.followUp = followUp
        self.trend = trend
        self.principles = principles
        self.appendix = appendix
    }
}
