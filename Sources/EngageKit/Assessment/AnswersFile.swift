import EngageCore
import EngageYAML
import Foundation

/// An answers file for non-interactive assessment (`assess TEAM --answers FILE.yaml`, or stdin):
///
///     respondent: dana          # optional, --respondent wins
///     round: baseline           # optional
///     answers:
///       p1.mitigate-without-dev: partial
///       p1.training: {option: mostly, note: "drills twice a year", evidence: [https://wiki/drills]}
///       p2.agency: {not_applicable: "no SRE team yet"}
///       p3.design: {skip: true}
public struct AnswersFile: Sendable {
    public var respondent: String?
    public var round: String?
    public var answers: AnswerSheet

    /// Decodes and checks an answers file against the questions of `checklists`: unknown ids,
    /// unknown options and missing answers are all reported, with positions.
    public static func decode(data: Data, file: String, library: ChecklistLibrary, checklists: [Checklist], allowPartial: Bool) throws(EngageError) -> AnswersFile {
        let sink = DiagnosticSink()
        let docs = YAMLDocument.parse(data: data, file: file, sink: sink)
        if docs.isEmpty, !sink.hasErrors { sink.error("no answers (the input is empty)", at: SourceLocation(file: file)) }
        var result: AnswersFile?
        if let root = docs.first?.value(sink: sink), let m = root.mapping("an answers file") {
            m.rejectUnknownKeys(["respondent", "round", "answers"], in: "answers file")
            let respondent = m.optional("respondent")?.text("respondent")
            let round = m.optional("round")?.text("round")
            var sheet = AnswerSheet()
            if let av = m.required("answers", in: "answers file"), let am = av.mapping("answers") {
                let asked = Set(checklists.flatMap { $0.questions.map(\.id) })
                for entry in am.entries {
                    let q = entry.key
                    if library.question(q) != nil, !asked.contains(q) {
                        sink.error("question '\(q)' is not in the checklists being assessed (\(checklists.map(\.id).joined(separator: ", ")))", at: entry.keyValue.location)
                        continue
                    }
                    let answer: Answer?
                    if case .mapping = entry.value.node, let bm = entry.value.mapping("answers.\(q)") {
                        bm.rejectUnknownKeys(["option", "not_applicable", "skip", "skipped", "note", "evidence"], in: "answer")
                        answer = AnswerCodec.decodeBody(bm, questionID: q, questionLocation: entry.keyValue.location, "answers.\(q)", library: library)
                    } else if let option = entry.value.string("answers.\(q)") {
                        if let question = library.question(q) {
                            if option == "n/a" {
                                sink.error("'\(q): n/a' needs a reason: write {not_applicable: \"why\"}", at: entry.value.location)
                                answer = nil
                            } else if question.option(option) == nil {
                                sink.error("unknown option '\(option)' for question '\(q)'\(option.didYouMean(question.options.map(\.id))); options: \(question.options.map(\.id).joined(separator: ", "))", at: entry.value.location)
                                answer = nil
                            } else {
                                answer = Answer(questionID: q, choice: .option(option))
                            }
                        } else {
                            sink.error("unknown question '\(q)'\(q.didYouMean(library.questionIDs))", at: entry.keyValue.location)
                            answer = nil
                        }
                    } else {
                        answer = nil
                    }
                    if let answer { sheet.set(answer) }
                }
                if !allowPartial {
                    let missing = checklists.flatMap(\.questions).filter { q in !am.entries.contains { $0.key == q.id } }
                    if !missing.isEmpty {
                        let list = missing.prefix(20).map(\.id).joined(separator: ", ") + (missing.count > 20 ? ", …" : "")
                        sink.error("\(missing.count) question\(missing.count == 1 ? " has" : "s have") no answer: \(list) (answer them, mark them {skip: true}, or pass --allow-partial)", at: av.location)
                    }
                }
            }
            result = AnswersFile(respondent: respondent, round: round, answers: sheet)
        }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        guard let result else { throw EngageError("cannot read answers", at: SourceLocation(file: file)) }
        return result
    }
}
