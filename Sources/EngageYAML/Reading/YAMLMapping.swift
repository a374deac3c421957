import EngageCore
import Yams

/// A mapping node with string keys, read key by key. Keys that are not strings are reported.
public struct YAMLMapping {
    public let owner: YAMLValue
    /// Keys in file order with their positioned values.
    public let entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)]

    init(mapping: Node.Mapping, owner: YAMLValue) {
        self.owner = owner
        var entries: [(String, YAMLValue, YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = YAMLValue(node: keyNode, file: owner.file, sink: owner.sink)
            guard case .scalar(let scalar) = keyNode else {
                owner.sink.error("mapping keys must be strings, found \(keyValue.kindDescription)", at: keyValue.location)
                continue
            }
            entries.append((scalar.string, keyValue, YAMLValue(node: valueNode, file: owner.file, sink: owner.sink)))
        }
        self.entries = entries
    }

    public var location: SourceLocation { owner.location }
    public var keys: [String] { entries.map(\.key) }

    public func optional(_ key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    /// The value of a required key; reports `missing required key 'k' in WHAT` at the mapping.
    public func required(_ key: String, in what: String) -> YAMLValue? {
        if let value = optional(key) { return value }
        owner.sink.error("missing required key '\(key)' in \(what)", at: location)
        return nil
    }

    public func keyLocation(_ key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.keyValue.location
    }

    /// Reports every key not in `allowed`, with a "did you mean" suggestion, at the key's position.
    /// `what` names the mapping for callers' readability; the message itself stays short.
    public func rejectUnknownKeys(_ allowed: [String], in what: String) {
        for entry in entries where !allowed.contains(entry.key) {
            owner.sink.error("unknown key '\(entry.key)'\(entry.key.didYouMean(allowed))", at: entry.keyValue.location)
        }
    }
}
