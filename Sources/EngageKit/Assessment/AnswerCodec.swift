import Foundation
import EngageCore
import EngageYAML

/// Reads and writes answers in the three places they appear: snapshots and drafts (a list of
/// `{question, option|not_applicable|skipped, note, evidence}`) and answers files (a mapping
/// `question: option` or `question: {option|not_applicable|skip, note, evidence}`).
public enum AnswerCodec {
    static let answerKeys = ["question", "option", "not_applicable", "skipped", "skip", "note", "evidence"]

    public static func tree(_ answer: Answer, includeQuestion: Bool = true) -> YAMLTree {
        var pairs: [(String, YAMLTree?)] = []
        if includeQuestion { pairs.append(("question", .string(answer.questionID))) }
        switch answer.choice {
        case .option(let id): pairs.append(("option", .string(id)))
        case .notApplicable(let reason): pairs.append(("not_applicable", .string(reason)))
        case .skipped: pairs.append(("skipped", .bool(true)))
        }
        // A blank note is no note: it would not read back (notes must not be empty).
        pairs.append(("note", .optional(answer.note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 })))
        pairs.append(("evidence", answer.evidence.isEmpty ? nil : .strings(answer.evidence)))
        return .map(pairs)
    }

    public static func tree(_ sheet: AnswerSheet) -> YAMLTree {
        .list(sheet.answers.map { tree($0) })
    }

    /// A list of answers as written in snapshots and drafts.
    static func decodeList(_ value: YAMLValue, _ what: String, library: ChecklistLibrary?) -> AnswerSheet {
        var sheet = AnswerSheet()
        var seen: [String: SourceLocation] = [:]
        for (index, item) in (value.sequence(what) ?? []).enumerated() {
            let w = "\(what)[\(index)]"
            guard let m = item.mapping(w) else { continue }
            m.rejectUnknownKeys(answerKeys.filter { $0 != "skip" }, in: "answer")
            guard let qv = m.required("question", in: "answer"), let q = qv.string("\(w).question") else { continue }
            if let first = seen[q] {
                item.sink.error("question '\(q)' is answered twice (first at \(first))", at: qv.location)
                continue
            }
            seen[q] = qv.location
            if let answer = decodeBody(m, questionID: q, questionLocation: qv.location, w, library: library) { sheet.set(answer) }
        }
        return sheet
    }

    /// The body of one answer (a mapping), checked against the question's options.
    static func decodeBody(_ m: YAMLMapping, questionID q: String, questionLocation: SourceLocation, _ w: String, library: ChecklistLibrary?) -> Answer? {
        let sink = m.owner.sink
        let question = library?.question(q)
        if let library, question == nil {
            sink.error("unknown question '\(q)'\(q.didYouMean(library.questionIDs))", at: questionLocation)
        }
        let forms = ["option", "not_applicable", "skipped", "skip"].filter { m.optional($0) != nil }
        guard forms.count == 1, let form = forms.first, let body = m.optional(form) else {
            sink.error(forms.isEmpty ? "answer to '\(q)' needs 'option', 'not_applicable' (with a reason) or 'skip: true'" : "answer to '\(q)' has more than one of \(forms.joined(separator: ", "))", at: m.location)
            return nil
        }
        let choice: AnswerChoice?
        switch form {
        case "option":
            guard let id = body.string("\(w).option") else { return nil }
            if let question, question.option(id) == nil {
                sink.error("unknown option '\(id)' for question '\(q)'\(id.didYouMean(question.options.map(\.id))); options: \(question.options.map(\.id).joined(separator: ", "))", at: body.location)
                choice = nil
            } else {
                choice = .option(id)
            }
        case "not_applicable":
            choice = body.text("\(w).not_applicable (the reason)").map { AnswerChoice.notApplicable(reason: $0) }
        default:
            let flag = body.bool("\(w).\(form)")
            if flag == false { sink.error("'\(form): false' is not an answer; leave the question out instead", at: body.location) }
            choice = flag == true ? .skipped : nil
        }
        let note = m.optional("note")?.text("\(w).note")
        let evidence = m.optional("evidence")?.strings("\(w).evidence") ?? []
        guard let choice, question != nil || library == nil else { return nil }
        return Answer(questionID: q, choice: choice, note: note, evidence: evidence)
    }
}
