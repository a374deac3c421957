import EngageCore
import Yams

/// A YAML value built in a fixed key order for writing engagement, draft and snapshot files, so
/// that the same content always serialises to the same bytes (files diff cleanly in git).
public indirect enum YAMLTree: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([YAMLTree])
    /// Keys in order; `nil` values are left out.
    case map([Entry])
    case null

    /// One key of a mapping.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: YAMLTree?

        public init(_ key: String, _ value: YAMLTree?) {
            self.key = key
            self.value = value
        }
    }

    public static func map(_ pairs: [(String, YAMLTree?)]) -> YAMLTree {
        .map(pairs.map { Entry($0.0, $0.1) })
    }

    public static func optional(_ s: String?) -> YAMLTree? { s.map(YAMLTree.string) }
    public static func optional(_ n: Double?) -> YAMLTree? { n.map(YAMLTree.number) }
    public static func strings(_ list: [String]) -> YAMLTree { .list(list.map(YAMLTree.string)) }

    /// Lists and maps that are empty are left out by `map`, as `nil` is.
    public var isEmptyCollection: Bool {
        switch self {
        case .list(let l): l.isEmpty
        case .map(let m): m.allSatisfy { $0.value == nil }
        default: false
        }
    }

    var node: Node {
        switch self {
        case .string(let s):
            if s.contains("\n") { return .scalar(Node.Scalar(s, Tag(.str), .literal)) }
            return .scalar(s.represented())
        case .number(let n): return Node(n.compactString)
        case .bool(let b): return Node(b ? "true" : "false")
        case .null: return Node("null")
        case .list(let items): return .sequence(Node.Sequence(items.map(\.node)))
        case .map(let entries):
            return .mapping(Node.Mapping(entries.compactMap { entry in entry.value.map { (Node(entry.key), $0.node) } }))
        }
    }

    /// The YAML text, UTF-8 kept readable (Korean stays Korean), ending in a newline.
    public func serialized() throws -> String {
        try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
    }
}
