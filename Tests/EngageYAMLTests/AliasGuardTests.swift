import EngageCore
import Testing
@testable import EngageYAML

struct AliasGuardTests {
    /// The classic nine-level "billion laughs": 9⁹ ≈ 387 million strings once expanded.
    static let bomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func nineLevelBombIsRefusedWithAPosition() {
        let result = ChecklistLoader().load(text: Self.bomb, file: "bomb.yaml")
        #expect(result.diagnostics.count == 1)
        let d = result.diagnostics[0]
        #expect(d.message.contains("alias bomb"))
        #expect(d.location?.file == "bomb.yaml")
        #expect((d.location?.line ?? 0) >= 1)
    }

    @Test func modestAliasesAreAllowed() {
        let text = """
            schema: 1
            id: demo
            kind: assessment
            title: Demo
            scale: &scale
              - {id: none, score: 0, label: None}
              - {id: full, score: 100, label: Full}
            sections:
              - id: s1
                title: S1
                questions:
                  - {id: q1, text: Q1, options: *scale}
                  - {id: q2, text: Q2, options: *scale}
            """
        let result = ChecklistLoader().load(text: text, file: "ok.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.library.question("q2")?.options.count == 2)
    }

    @Test func oversizedInputIsRefused() {
        let sink = DiagnosticSink()
        let docs = YAMLDocument.parse(text: String(repeating: "a: b\n", count: 100), file: "big.yaml", limits: YAMLLimits(maxBytes: 64), sink: sink)
        #expect(docs.isEmpty)
        #expect(sink.diagnostics.all.first?.message.contains("limit") == true)
    }
}
