/// Caps that keep hostile YAML from exhausting time or memory. Yams expands aliases without limit
/// when a tree is walked, so a "billion laughs" file is stopped by counting nodes as if every alias
/// were expanded, before any decoding walks the tree.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxBytes: Int
    /// Most nodes a document may expand to, aliases counted at full size.
    public var maxNodes: Int

    public init(maxBytes: Int = 8 << 20, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
