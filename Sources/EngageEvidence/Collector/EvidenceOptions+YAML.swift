import EngageCore
import EngageYAML

extension EvidenceOptions {
    /// Applies an engagement file's `evidence:` mapping (keys as in `settingKeys`); each problem is
    /// reported at its value's position.
    public mutating func apply(_ mapping: YAMLMapping) {
        for entry in mapping.entries {
            let text: String?
            if let list = entry.value.optionalList() {
                text = list.compactMap { $0.string("an item of \(entry.key)") }.joined(separator: ",")
            } else if case .mapping = entry.value.node, let m = entry.value.mapping(entry.key) {
                text = m.entries.compactMap { e in e.value.string("\(entry.key).\(e.key)").map { "\(e.key)=\($0)" } }.joined(separator: ",")
            } else {
                text = entry.value.string(entry.key)
            }
            guard let text else { continue }
            if let problem = set(entry.key, to: text) {
                let at = Self.settingKeys.contains(entry.key) ? entry.value.location : entry.keyValue.location
                mapping.owner.sink.error(problem, at: at)
            }
        }
    }
}

extension YAMLValue {
    /// The items when this is a list, nil otherwise (without reporting anything).
    fileprivate func optionalList() -> [YAMLValue]? {
        if case .sequence = node { return sequence("a list") }
        return nil
    }
}
