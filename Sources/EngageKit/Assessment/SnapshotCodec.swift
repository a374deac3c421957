import EngageCore
import EngageYAML
import Foundation

/// Writes and reads assessment snapshots and drafts with positioned diagnostics.
public enum SnapshotCodec {
    static let snapshotKeys = ["schema", "kind", "team", "respondent", "round", "taken_at", "methodology", "answers", "scores"]
    static let draftKeys = ["schema", "kind", "team", "respondent", "round", "started_at", "checklists", "cursor", "answers"]

    public static func tree(_ s: AssessmentSnapshot) -> YAMLTree {
        .map([
            ("schema", .number(1)), ("kind", .string("assessment-snapshot")),
            ("team", .string(s.team)), ("respondent", .string(s.respondent)), ("round", .string(s.round)),
            ("taken_at", .string(s.takenAt)),
            ("methodology", .list(s.methodology.map(stampTree))),
            ("answers", AnswerCodec.tree(s.answers)),
            ("scores", s.scores),
        ])
    }

    static func stampTree(_ stamp: ChecklistStamp) -> YAMLTree {
        .map([
            ("checklist", .string(stamp.id)), ("version", .string(stamp.version)), ("content_hash", .string(stamp.contentHash)),
            ("questions", .map(stamp.questions.keys.sorted().map { ($0, YAMLTree.string(stamp.questions[$0] ?? "")) })),
        ])
    }

    public static func tree(_ d: AssessmentDraft) -> YAMLTree {
        .map([
            ("schema", .number(1)), ("kind", .string("assessment-draft")),
            ("team", .string(d.team)), ("respondent", .string(d.respondent)), ("round", .optional(d.round)),
            ("started_at", .string(d.startedAt)), ("checklists", .strings(d.checklists)),
            ("cursor", .optional(d.cursor)), ("answers", AnswerCodec.tree(d.answers)),
        ])
    }

    /// Reads a snapshot file. Answers are checked against `library` when given (lint does; history
    /// reading old snapshots after a checklist edit does not, as questions may have gone).
    public static func decodeSnapshot(file: String, library: ChecklistLibrary?) throws(EngageError) -> AssessmentSnapshot {
        let sink = DiagnosticSink()
        var snapshot: AssessmentSnapshot?
        if let root = single(file: file, sink: sink), let m = root.mapping("a snapshot file") {
            m.rejectUnknownKeys(snapshotKeys, in: "snapshot")
            header(m, kind: "assessment-snapshot")
            let team = m.required("team", in: "snapshot")?.slug("team")
            let respondent = m.required("respondent", in: "snapshot")?.slug("respondent")
            let round = m.required("round", in: "snapshot")?.text("round")
            let takenAt = m.required("taken_at", in: "snapshot").flatMap { v -> String? in
                guard let s = v.string("taken_at") else { return nil }
                if Timestamp.parseISO(s) == nil { v.sink.error("taken_at '\(s)' is not an ISO 8601 UTC time", at: v.location) }
                return s
            }
            let stamps = m.required("methodology", in: "snapshot")?.list("methodology", nonEmpty: true) { v, i in stamp(v, "methodology[\(i)]") } ?? []
            let answers = m.required("answers", in: "snapshot").map { AnswerCodec.decodeList($0, "answers", library: library) } ?? AnswerSheet()
            if let team, let respondent, let round, let takenAt {
                let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                snapshot = AssessmentSnapshot(id: id, team: team, respondent: respondent, round: round, takenAt: takenAt, methodology: stamps, answers: answers, scores: m.optional("scores")?.tree, location: SourceLocation(file: file))
            }
        }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        guard let snapshot else { throw EngageError("cannot read snapshot", at: SourceLocation(file: file)) }
        return snapshot
    }

    public static func decodeDraft(file: String, library: ChecklistLibrary?) throws(EngageError) -> AssessmentDraft {
        let sink = DiagnosticSink()
        var draft: AssessmentDraft?
        if let root = single(file: file, sink: sink), let m = root.mapping("a draft file") {
            m.rejectUnknownKeys(draftKeys, in: "draft")
            header(m, kind: "assessment-draft")
            let team = m.required("team", in: "draft")?.slug("team")
            let respondent = m.required("respondent", in: "draft")?.slug("respondent")
            let startedAt = m.required("started_at", in: "draft")?.text("started_at")
            let checklists = m.required("checklists", in: "draft")?.strings("checklists") ?? []
            let answers = m.required("answers", in: "draft").map { AnswerCodec.decodeList($0, "answers", library: library) } ?? AnswerSheet()
            if let team, let respondent, let startedAt {
                draft = AssessmentDraft(team: team, respondent: respondent, round: m.optional("round")?.text("round"), startedAt: startedAt, checklists: checklists, answers: answers, cursor: m.optional("cursor")?.text("cursor"))
            }
        }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        guard let draft else { throw EngageError("cannot read draft", at: SourceLocation(file: file)) }
        return draft
    }

    static func single(file: String, sink: DiagnosticSink) -> YAMLValue? {
        let docs = YAMLDocument.load(path: file, sink: sink)
        if docs.count > 1 { sink.error("expected one YAML document, found \(docs.count)", at: SourceLocation(file: file)) }
        if docs.isEmpty, !sink.hasErrors { sink.error("file is empty", at: SourceLocation(file: file)) }
        return docs.first?.value(sink: sink)
    }

    static func header(_ m: YAMLMapping, kind: String) {
        if let schema = m.required("schema", in: kind)?.integer("schema"), schema != 1 {
            m.owner.sink.error("unsupported schema \(schema); this sre-engage reads schema 1", at: m.optional("schema")?.location)
        }
        if let k = m.required("kind", in: kind), let s = k.string("kind"), s != kind {
            m.owner.sink.error("expected kind '\(kind)', found '\(s)'", at: k.location)
        }
    }

    static func stamp(_ value: YAMLValue, _ what: String) -> ChecklistStamp? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["checklist", "version", "content_hash", "questions"], in: "methodology entry")
        let id = m.required("checklist", in: "methodology entry")?.slug("\(what).checklist")
        let version = m.required("version", in: "methodology entry")?.text("\(what).version")
        let hash = m.required("content_hash", in: "methodology entry")?.text("\(what).content_hash")
        var questions: [String: String] = [:]
        if let q = m.required("questions", in: "methodology entry")?.mapping("\(what).questions") {
            for entry in q.entries { if let h = entry.value.text("\(what).questions.\(entry.key)") { questions[entry.key] = h } }
        }
        guard let id, let version, let hash else { return nil }
        return ChecklistStamp(id: id, version: version, contentHash: hash, questions: questions)
    }
}
