import EngageCore
import EngageKit
import EngageYAML
import Foundation

/// Small checklists and temporary engagement folders for Kit tests.
enum Fixtures {
    static let checklistYAML = """
        schema: 1
        id: mini
        kind: assessment
        title: {en: Mini checklist, ko: 미니}
        defines_principles: true
        scale:
          - {id: none, score: 0, label: {en: Not at all, ko: 전혀}}
          - {id: partial, score: 50, label: {en: Partly, ko: 부분적}}
          - {id: full, score: 100, label: {en: Fully, ko: 완전}}
        risk: [{when: [none], risk: high}, {when: [partial], risk: medium}]
        sections:
          - id: alpha
            title: {en: Alpha, ko: 알파}
            questions:
              - {id: a.one, text: {en: First question?, ko: 첫 질문?}, help: {en: Because one., ko: 하나 때문.}}
              - {id: a.two, text: Second question?, weight: 2}
          - id: beta
            title: Beta
            questions:
              - {id: b.one, text: Third question?}
        """

    static let guideYAML = """
        schema: 1
        id: guide
        kind: guide
        title: Guide
        phases:
          - id: learn
            title: Learn
            tasks: [{id: learn.shadow, title: Shadow on-call}]
            exit_criteria: [{id: learn.exit, title: Stage named}]
          - id: closeout
            title: Close
            tasks: [{id: closeout.report, title: Write the report}]
        """

    static func library() -> ChecklistLibrary {
        let dir = temporaryDirectory()
        try! checklistYAML.write(toFile: dir + "/mini.yaml", atomically: true, encoding: .utf8)
        try! guideYAML.write(toFile: dir + "/guide.yaml", atomically: true, encoding: .utf8)
        let result = ChecklistLoader().load(paths: [dir])
        precondition(!result.hasErrors, "\(result.diagnostics)")
        return result.library
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "sre-engage-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A store with one engagement `payments` created.
    static func store() throws -> EngagementStore {
        let store = EngagementStore(root: temporaryDirectory() + "/engagements", library: library())
        _ = try store.create(Engagement.new(team: "payments", service: "checkout", sre: "Dana", start: "2026-09-01", guide: store.library.guide, checklists: ["mini"]))
        return store
    }

    static let clock = FixedClock(Date(timeIntervalSince1970: 1_788_000_000))

    /// A scorer that records the answer count, so tests do not depend on the scoring engine.
    static let countingScorer: @Sendable ([Checklist], AnswerSheet) throws -> YAMLTree? = { _, sheet in
        .map([("answers", .number(Double(sheet.count)))])
    }
}
