import Yams

/// Counts the nodes of a composed tree as a walker would see them, aliases expanded, and stops at
/// the cap. A 9-level "billion laughs" document is refused after `maxNodes` steps instead of
/// being walked 10⁹ times.
enum AliasGuard {
    struct Bomb {
        let message: String
        let mark: Mark?
    }

    static func check(_ root: Node, maxNodes: Int) -> Bomb? {
        var budget = maxNodes
        var firstAnchorMark: Mark?
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 {
                return Bomb(
                    message: "document expands to more than \(maxNodes) nodes (aliases counted in full); refusing a possible alias bomb",
                    mark: firstAnchorMark ?? root.mark)
            }
            if firstAnchorMark == nil, node.anchor != nil { firstAnchorMark = node.mark }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return nil
    }
}
