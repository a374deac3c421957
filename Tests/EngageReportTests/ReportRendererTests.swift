import EngageCore
import Foundation
import Testing
@testable import EngageReport

struct ReportRendererTests {
    /// Compares with a golden file, or rewrites it when SRE_ENGAGE_RECORD=1.
    func assertGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try Golden.assert(text, name, sourceLocation: sourceLocation)
    }

    @Test func markdownMatchesGolden() throws {
        try assertGolden(try ReportRenderer().render(ReportFixtures.document(), as: .markdown), "report.md")
    }

    @Test func jsonMatchesGolden() throws {
        try assertGolden(try ReportRenderer().render(ReportFixtures.document(), as: .json), "report.json")
    }

    @Test func koreanMarkdownMatchesGolden() throws {
        try assertGolden(try ReportRenderer().render(ReportFixtures.document(language: "ko"), as: .markdown), "report.ko.md")
    }

    @Test func htmlHasTheSectionsBothChartsAStrictPolicyAndNoScripts() throws {
        let html = try ReportRenderer().render(ReportFixtures.document(), as: .html)
        for id in ["engagement", "scores", "stressors", "decisions", "slos", "fires", "remaining", "appendix"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        #expect(html.contains("<figure id=\"chart-principles\">"))
        #expect(html.contains("<figure id=\"chart-trend\">"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.contains("class=\"boundary\""), "the methodology boundary is drawn")
        #expect(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url("))
    }

    @Test func aHostileNoteNeverReachesTheHTMLUnescaped() throws {
        let html = try ReportRenderer().render(ReportFixtures.document(), as: .html)
        #expect(!html.contains(ReportFixtures.hostile))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(html.contains("Dana &lt;Kim&gt;"))
    }

    @Test func hostileTextCannotBreakAMarkdownTable() throws {
        let md = try ReportRenderer().render(ReportFixtures.document(), as: .markdown)
        #expect(!md.contains("<script>"))
        #expect(md.contains("non-5xx \\| requests"))
    }

    @Test(arguments: ReportFormat.allCases)
    func renderingIsDeterministic(_ format: ReportFormat) throws {
        let a = try ReportRenderer().render(ReportFixtures.document(), as: format)
        let b = try ReportRenderer().render(ReportFixtures.document(), as: format)
        #expect(a == b)
    }

    @Test func userTemplatesOverrideAndBrokenOnesAreNamed() throws {
        let dir = NSTemporaryDirectory() + "tpl-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: MARKDOWN}}Team {{team}}: {{#stressors}}{{id}} {{/stressors}}\n".write(toFile: dir + "/report.md.mustache", atomically: true, encoding: .utf8)
        let custom = try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .markdown)
        #expect(custom == "Team payments: noisy-alerts customer-complaints \n")
        // HTML still comes from the bundled template.
        #expect(try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .html).contains("<!DOCTYPE html>"))
        try "{{#stressors}}unclosed\n".write(toFile: dir + "/report.md.mustache", atomically: true, encoding: .utf8)
        do {
            _ = try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .markdown)
            Issue.record("expected a template error")
        } catch {
            #expect(error.diagnostics.first?.location?.file == dir + "/report.md.mustache")
        }
    }

    @Test func sparklineIsAbsolute() {
        #expect(Sparkline.render([0, 50, 100, nil]) == "▁▅█ ")
    }

    @Test func scoreFormatting() {
        #expect(ScoreFormat.score(47.125) == "47.1")
        #expect(ScoreFormat.delta(22.875) == "+22.9")
        #expect(ScoreFormat.delta(-3) == "−3.0")
        #expect(ScoreFormat.delta(0.01) == "±0.0")
    }
}
