import EngageCore

/// Decodes a fact value written in YAML: number, boolean, string, or list of strings.
enum FactValueDecoder {
    static func decode(_ value: YAMLValue, _ what: String) -> FactValue? {
        switch value.node {
        case .sequence:
            return value.strings(what).map { .list($0.map { FactItem($0) }) }
        case .mapping, .alias:
            value.sink.error("expected a number, boolean, string or list of strings for \(what), found \(value.kindDescription)", at: value.location)
            return nil
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any {
                if let b = value.node.bool { return .bool(b) }
                if let i = value.node.int { return .number(Double(i)) }
                if let d = value.node.float, d.isFinite { return .number(d) }
                if value.node.null != nil {
                    value.sink.error("\(what) must not be null", at: value.location)
                    return nil
                }
            }
            return .text(scalar.string)
        }
    }
}
