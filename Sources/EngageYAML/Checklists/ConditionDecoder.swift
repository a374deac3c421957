import EngageCore

/// Decodes rule conditions (`all`, `any`, `not`, `answer`, `fact`, `score`).
enum ConditionDecoder {
    static let forms = ["all", "any", "not", "answer", "fact", "score"]

    static func decode(_ value: YAMLValue, _ what: String) -> Condition? {
        guard let m = value.mapping(what) else { return nil }
        let present = m.keys.filter { forms.contains($0) }
        m.rejectUnknownKeys(forms, in: what)
        guard present.count == 1, let form = present.first, let body = m.optional(form) else {
            if present.isEmpty, m.keys.allSatisfy({ forms.contains($0) }) {
                value.sink.error("\(what) needs one of \(forms.map { "'\($0)'" }.joined(separator: ", "))", at: m.location)
            } else if present.count > 1 {
                value.sink.error("\(what) has more than one condition (\(present.joined(separator: ", "))); wrap them in 'all' or 'any'", at: m.location)
            }
            return nil
        }
        let location = m.keyLocation(form)
        switch form {
        case "all", "any":
            let children = body.list("\(what).\(form)", nonEmpty: true) { decode($0, "\(what).\(form)[\($1)]") }
            guard let items = body.sequence("\(what).\(form)"), children.count == items.count, !children.isEmpty else { return nil }
            return Condition(form == "all" ? .all(children) : .any(children), location: location)
        case "not":
            return decode(body, "\(what).not").map { Condition(.not($0), location: location) }
        case "answer":
            return answer(body, "\(what).answer", location)
        case "fact":
            return fact(body, "\(what).fact", location)
        default:
            return score(body, "\(what).score", location)
        }
    }

    private static func comparison(_ m: YAMLMapping, _ key: String, _ what: String) -> Comparison? {
        guard let v = m.optional(key) else { return nil }
        switch key {
        case "equals":
            return FactValueDecoder.decode(v, "\(what).equals").map(Comparison.equals)
        default:
            guard let n = v.number("\(what).\(key)") else { return nil }
            switch key {
            case "above": return .above(n)
            case "at_least": return .atLeast(n)
            case "below": return .below(n)
            default: return .atMost(n)
            }
        }
    }

    private static func answer(_ value: YAMLValue, _ what: String, _ location: SourceLocation?) -> Condition? {
        guard let m = value.mapping(what) else { return nil }
        let tests = ["in", "not_in", "answered", "not_applicable"] + Comparison.keys.filter { $0 != "equals" }
        m.rejectUnknownKeys(["question"] + tests, in: what)
        let question = m.required("question", in: what)?.slug("\(what).question")
        let given = m.keys.filter { tests.contains($0) }
        guard given.count == 1, let key = given.first, let body = m.optional(key) else {
            value.sink.error("\(what) needs exactly one test of \(tests.map { "'\($0)'" }.joined(separator: ", "))", at: m.location)
            return nil
        }
        let test: AnswerTest?
        switch key {
        case "in": test = body.strings("\(what).in").map(AnswerTest.inOptions)
        case "not_in": test = body.strings("\(what).not_in").map(AnswerTest.notInOptions)
        case "answered": test = body.bool("\(what).answered").map(AnswerTest.answered)
        case "not_applicable": test = body.bool("\(what).not_applicable").map(AnswerTest.notApplicable)
        default: test = comparison(m, key, what).map(AnswerTest.score)
        }
        guard let question, let test else { return nil }
        return Condition(.answer(question: question, test: test), location: location)
    }

    private static func fact(_ value: YAMLValue, _ what: String, _ location: SourceLocation?) -> Condition? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["name"] + Comparison.keys, in: what)
        let name = m.required("name", in: what)?.text("\(what).name")
        let given = m.keys.filter { Comparison.keys.contains($0) }
        if given.isEmpty {
            value.sink.error("\(what) needs a comparison: \(Comparison.keys.map { "'\($0)'" }.joined(separator: ", "))", at: m.location)
            return nil
        }
        let comparisons = given.compactMap { comparison(m, $0, what) }
        guard let name, comparisons.count == given.count else { return nil }
        return Condition(.fact(name: name, tests: comparisons), location: location)
    }

    private static func score(_ value: YAMLValue, _ what: String, _ location: SourceLocation?) -> Condition? {
        guard let m = value.mapping(what) else { return nil }
        let scopes = ["overall", "section", "principle"]
        let comparisons = Comparison.keys.filter { $0 != "equals" }
        m.rejectUnknownKeys(scopes + comparisons, in: what)
        let givenScopes = m.keys.filter { scopes.contains($0) }
        let givenComparisons = m.keys.filter { comparisons.contains($0) }
        guard givenScopes.count == 1, givenComparisons.count == 1 else {
            value.sink.error("\(what) needs one scope ('overall: true', 'section: ID' or 'principle: ID') and one comparison", at: m.location)
            return nil
        }
        let scope: ScoreScope?
        switch givenScopes[0] {
        case "overall":
            let flag = m.optional("overall")?.bool("\(what).overall")
            if flag == false { value.sink.error("\(what).overall must be true", at: m.optional("overall")?.location) }
            scope = flag == true ? .overall : nil
        case "section": scope = m.optional("section")?.slug("\(what).section").map(ScoreScope.section)
        default: scope = m.optional("principle")?.slug("\(what).principle").map(ScoreScope.principle)
        }
        guard let scope, let comparison = comparison(m, givenComparisons[0], what) else { return nil }
        return Condition(.score(scope, comparison), location: location)
    }
}
