/// The keyword rules the collectors classify with, loaded from
/// `checklists/evidence-rules/*.yaml` so they stay transparent and editable.
public struct EvidenceRules: Sendable, Hashable {
    public var actionItems: ActionItemRules
    public var toil: ToilRules

    public init(actionItems: ActionItemRules = ActionItemRules(), toil: ToilRules = ToilRules()) {
        self.actionItems = actionItems
        self.toil = toil
    }
}
