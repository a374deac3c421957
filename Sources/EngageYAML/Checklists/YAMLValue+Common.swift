import EngageCore

extension YAMLValue {
    /// `source: FILE` or `source: {document: FILE, line: N, quote: "…"}`.
    public func sourceReference(_ what: String) -> SourceReference? {
        if case .mapping = node {
            guard let m = mapping(what) else { return nil }
            m.rejectUnknownKeys(["document", "line", "quote"], in: what)
            guard let document = m.required("document", in: what)?.text("\(what).document") else { return nil }
            let line = m.optional("line")?.integer("\(what).line")
            if let line, line < 1 { sink.error("\(what).line must be 1 or more", at: m.optional("line")?.location) }
            return SourceReference(document: document, line: line, quote: m.optional("quote")?.text("\(what).quote"))
        }
        return text(what).map { SourceReference(document: $0) }
    }

    /// A weight: 0 < w ≤ 10.
    public func weight(_ what: String) -> Double? {
        guard let w = number(what) else { return nil }
        if !(w > 0 && w <= 10) {
            sink.error("\(what) \(w.compactString) is out of range (0 < weight ≤ 10)", at: location)
            return nil
        }
        return w
    }

    /// A score: 0…100.
    public func score(_ what: String) -> Double? {
        guard let s = number(what) else { return nil }
        if !(0...100).contains(s) {
            sink.error("\(what) \(s.compactString) is out of range (0…100)", at: location)
            return nil
        }
        return s
    }

    /// A list of items decoded one by one; `nil` entries (already reported) are dropped.
    public func list<T>(_ what: String, nonEmpty: Bool = false, _ decode: (YAMLValue, Int) -> T?) -> [T] {
        guard let items = sequence(what) else { return [] }
        if nonEmpty, items.isEmpty { sink.error("\(what) must not be empty", at: location) }
        return items.enumerated().compactMap { decode($0.element, $0.offset) }
    }
}
