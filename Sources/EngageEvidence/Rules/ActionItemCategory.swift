/// Postmortem action-item categories after Lunney, Lueder and Beyer, "Postmortem Action Items:
/// Plan the Work and Work the Plan", ;login: 42(1), 2017.
public enum ActionItemCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case investigate, mitigate, repair, detect, prevent
}
