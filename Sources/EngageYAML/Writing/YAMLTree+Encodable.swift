import Foundation
import Yams

extension YAMLTree {
    /// Any Encodable value as a tree, keys in the value's encoding order, for embedding
    /// machine-computed data such as a scorecard in a YAML file deterministically.
    public static func encoding<T: Encodable>(_ value: T) throws -> YAMLTree {
        let text = try YAMLEncoder().encode(value)
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return YAMLValue(node: node, file: "", sink: DiagnosticSink()).tree
    }

    /// The tree as a JSON-compatible object (for decoding with `JSONDecoder`).
    public var jsonObject: Any {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? Int(n) as Any : n as Any
        case .bool(let b): return b
        case .null: return NSNull()
        case .list(let items): return items.map(\.jsonObject)
        case .map(let entries):
            var dict: [String: Any] = [:]
            for entry in entries { if let v = entry.value { dict[entry.key] = v.jsonObject } }
            return dict
        }
    }

    /// Decodes a Decodable value from the tree.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let data = try JSONSerialization.data(withJSONObject: jsonObject, options: [.fragmentsAllowed])
        return try JSONDecoder().decode(type, from: data)
    }
}

extension YAMLValue {
    /// The node as a tree, scalars typed as YAML resolves them.
    public var tree: YAMLTree {
        switch node {
        case .mapping(let mapping):
            return .map(mapping.compactMap { k, v in k.string.map { ($0, YAMLValue(node: v, file: file, sink: sink).tree) } })
        case .sequence(let seq):
            return .list(seq.map { YAMLValue(node: $0, file: file, sink: sink).tree })
        case .alias:
            return .null
        case .scalar(let s):
            if s.style == .plain || s.style == .any {
                if node.null != nil { return .null }
                if let b = node.bool { return .bool(b) }
                if let i = node.int { return .number(Double(i)) }
                if let d = node.float { return .number(d) }
            }
            return .string(s.string)
        }
    }
}
