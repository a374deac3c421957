/// Everything loaded from a checklists folder: assessment checklists, the guide and the stressor catalogue.
public struct ChecklistLibrary: Sendable, Hashable {
    public var assessments: [Checklist]
    public var guide: Guide?
    public var stressors: StressorCatalog?

    public init(assessments: [Checklist] = [], guide: Guide? = nil, stressors: StressorCatalog? = nil) {
        self.assessments = assessments
        self.guide = guide
        self.stressors = stressors
    }

    public func checklist(_ id: String) -> Checklist? { assessments.first { $0.id == id } }

    /// A question and the checklist and section that hold it.
    public func locate(question id: String) -> (checklist: Checklist, section: Section, question: Question)? {
        for checklist in assessments {
            for section in checklist.sections {
                if let question = section.questions.first(where: { $0.id == id }) {
                    return (checklist, section, question)
                }
            }
        }
        return nil
    }

    public func question(_ id: String) -> Question? { locate(question: id)?.question }

    /// All question ids, in checklist order.
    public var questionIDs: [String] { assessments.flatMap { $0.questions.map(\.id) } }

    /// Counts for the `lint` summary line.
    public var summary: (checklists: Int, sections: Int, questions: Int, stressors: Int, guideTasks: Int) {
        let files = assessments.count + (guide == nil ? 0 : 1) + (stressors == nil ? 0 : 1)
        return (
            files,
            assessments.reduce(0) { $0 + $1.sections.count },
            assessments.reduce(0) { $0 + $1.questions.count },
            stressors?.stressors.count ?? 0,
            guide?.tasks.count ?? 0
        )
    }
}
