/// The kinds of artefact the collectors read, named after the conventional evidence subfolders.
public enum EvidenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case slo
    case alerts
    case postmortems
    case tickets
}
