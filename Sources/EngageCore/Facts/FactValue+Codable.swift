extension FactValue {
    /// Facts encode as plain JSON values — `3`, `true`, `"text"`, `[{value, detail, evidence}]` —
    /// so detection snapshots and `--format json` read naturally.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .text(s)
        } else {
            self = .list(try container.decode([FactItem].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let n): try container.encode(n)
        case .bool(let b): try container.encode(b)
        case .text(let s): try container.encode(s)
        case .list(let items): try container.encode(items)
        }
    }
}
