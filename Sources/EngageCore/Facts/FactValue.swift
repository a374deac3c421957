/// A typed fact value. Numeric comparisons on a list compare its count.
public enum FactValue: Sendable, Hashable, Codable {
    case number(Double)
    case bool(Bool)
    case text(String)
    case list([FactItem])

    /// The number a comparison uses: the number itself, 1/0 for a boolean, the count of a list.
    public var number: Double? {
        switch self {
        case .number(let n): n
        case .bool(let b): b ? 1 : 0
        case .list(let items): Double(items.count)
        case .text: nil
        }
    }

    /// A short human reading of the value.
    public var summary: String {
        switch self {
        case .number(let n): return n.compactString
        case .bool(let b): return b ? "true" : "false"
        case .text(let s): return s
        case .list(let items):
            let shown = items.prefix(5).map(\.value).joined(separator: ", ")
            return "\(items.count)" + (items.isEmpty ? "" : " (\(shown)\(items.count > 5 ? ", …" : ""))")
        }
    }

    /// The type name used in the fact catalogue and in error messages.
    public var typeName: String {
        switch self {
        case .number: "number"
        case .bool: "boolean"
        case .text: "text"
        case .list: "list"
        }
    }
}
