import EngageCore
import Yams

/// A node of a composed document with its file position. Typed accessors report mismatches into
/// the sink (with `file:line:col`) and return `nil`, so decoding goes on and collects every problem.
public struct YAMLValue {
    public let node: Node
    public let file: String
    public let sink: DiagnosticSink

    public init(node: Node, file: String, sink: DiagnosticSink) {
        self.node = node
        self.file = file
        self.sink = sink
    }

    public var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// What the node is, for messages: "a mapping", "a list", "a string", "a number"…
    public var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any {
                if node.null != nil { return "nothing (null)" }
                if node.bool != nil { return "a boolean" }
                if node.int != nil || node.float != nil { return "a number" }
            }
            return "a string"
        }
    }

    private func mismatch(_ expected: String, _ what: String) {
        sink.error("expected \(expected) for \(what), found \(kindDescription)", at: location)
    }

    public var isNull: Bool {
        if case .scalar(let s) = node, s.style == .plain || s.style == .any { return node.null != nil }
        return false
    }

    /// A mapping; reports anything else.
    public func mapping(_ what: String) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            mismatch("a mapping", what)
            return nil
        }
        return YAMLMapping(mapping: mapping, owner: self)
    }

    /// A list; reports anything else.
    public func sequence(_ what: String) -> [YAMLValue]? {
        guard case .sequence(let sequence) = node else {
            mismatch("a list", what)
            return nil
        }
        return sequence.map { YAMLValue(node: $0, file: file, sink: sink) }
    }

    /// A string scalar. Plain scalars that YAML would read as numbers or booleans are accepted as
    /// their text (`version: 1.0`, `label: Yes`); nulls and collections are not.
    public func string(_ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            mismatch("a string", what)
            return nil
        }
        if scalar.style == .plain || scalar.style == .any, node.null != nil {
            mismatch("a string", what)
            return nil
        }
        return scalar.string
    }

    /// A non-empty string.
    public func text(_ what: String) -> String? {
        guard let s = string(what) else { return nil }
        if s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            sink.error("\(what) must not be empty", at: location)
            return nil
        }
        return s
    }

    public func number(_ what: String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
              let value = node.int.map(Double.init) ?? node.float, value.isFinite
        else {
            mismatch("a number", what)
            return nil
        }
        return value
    }

    public func integer(_ what: String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, let value = node.int else {
            mismatch("a whole number", what)
            return nil
        }
        return value
    }

    public func bool(_ what: String) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, let value = node.bool else {
            mismatch("true or false", what)
            return nil
        }
        return value
    }

    /// An identifier: lower-case ASCII letters, digits, `-`, `_`, `.`; starts with a letter or digit; ≤ 64 characters.
    public func slug(_ what: String) -> String? {
        guard let s = string(what) else { return nil }
        if let problem = Slug.problem(s) {
            sink.error("\(what) '\(s)' \(problem)", at: location)
            return nil
        }
        return s
    }

    /// A list of strings (a single string is not accepted, to keep files uniform).
    public func strings(_ what: String) -> [String]? {
        guard let items = sequence(what) else { return nil }
        let values = items.compactMap { $0.string("an item of \(what)") }
        return values.count == items.count ? values : nil
    }

    /// A text field: a plain string, or `{en: …, ko: …}` with at least one language.
    public func localized(_ what: String) -> LocalizedText? {
        switch node {
        case .mapping:
            guard let m = mapping(what) else { return nil }
            m.rejectUnknownKeys(["en", "ko"], in: what)
            let en = m.optional("en")?.text("\(what).en")
            let ko = m.optional("ko")?.text("\(what).ko")
            if m.optional("en") == nil, m.optional("ko") == nil {
                sink.error("\(what) needs 'en' or 'ko'", at: location)
                return nil
            }
            if en == nil, ko == nil { return nil }
            return LocalizedText(en: en, ko: ko)
        default:
            guard let s = text(what) else { return nil }
            return LocalizedText(plain: s)
        }
    }
}
