/// The scores of one assessment (or of a combined round): sections, checklists, principles and
/// overall, with coverage, risk counts and levels. Codable with stable key order for JSON and
/// for embedding in snapshots.
public struct Scorecard: Sendable, Hashable, Codable {
    public var overall: GroupScore
    public var checklists: [GroupScore]
    public var principles: [GroupScore]
    public var sections: [SectionScore]

    public init(overall: GroupScore, checklists: [GroupScore], principles: [GroupScore], sections: [SectionScore]) {
        self.overall = overall
        self.checklists = checklists
        self.principles = principles
        self.sections = sections
    }

    public func section(_ id: String) -> SectionScore? { sections.first { $0.id == id } }
    public func principle(_ id: String) -> GroupScore? { principles.first { $0.id == id } }
    public func checklist(_ id: String) -> GroupScore? { checklists.first { $0.id == id } }

    public func question(_ id: String) -> QuestionScore? {
        for s in sections { if let q = s.questions.first(where: { $0.id == id }) { return q } }
        return nil
    }
}
