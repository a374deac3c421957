import EngageCore

/// One question in questionnaire order, with where it sits.
public struct QuestionnaireItem: Sendable, Hashable {
    public var checklist: Checklist
    public var section: Section
    /// 0-based index of the section across all checklists assessed.
    public var sectionNumber: Int
    public var question: Question

    /// Every question of the checklists, in file order.
    public static func items(for checklists: [Checklist]) -> [QuestionnaireItem] {
        var items: [QuestionnaireItem] = []
        var sectionNumber = 0
        for checklist in checklists {
            for section in checklist.sections {
                for question in section.questions {
                    items.append(QuestionnaireItem(checklist: checklist, section: section, sectionNumber: sectionNumber, question: question))
                }
                sectionNumber += 1
            }
        }
        return items
    }
}
