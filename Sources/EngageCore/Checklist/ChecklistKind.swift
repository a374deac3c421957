/// What a checklist file holds.
public enum ChecklistKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Questions with scored answer options (the principles and the practice areas).
    case assessment
    /// The embedded-engagement guide: phases, tasks and exit criteria.
    case guide
    /// The stressor catalogue with detection rules.
    case stressors
}
