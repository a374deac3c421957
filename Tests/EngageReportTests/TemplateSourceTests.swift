import EngageCore
import Foundation
import Testing
@testable import EngageReport

/// A broken user template is reported with the file, line and column, and a sentence a person can act on.
struct TemplateSourceTests {
    func directory(with template: String) throws -> String {
        let dir = NSTemporaryDirectory() + "tpl-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try template.write(toFile: dir + "/report.md.mustache", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func aMismatchedCloseNamesFileLineAndColumn() throws {
        let dir = try directory(with: "# {{team}}\n\n{{#stressors}}\n- {{id}}\n{{/decisions}}\n")
        do {
            _ = try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .markdown)
            Issue.record("expected a template error")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.location?.file == dir + "/report.md.mustache")
            #expect(d.location?.line == 5)
            #expect(d.message.contains("closed with a different name"))
            #expect(d.message.contains("{{/decisions}}"))
        }
    }

    @Test func anUnclosedSectionIsNamed() throws {
        let dir = try directory(with: "{{#stressors}}\nunclosed\n")
        do {
            _ = try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .markdown)
            Issue.record("expected a template error")
        } catch {
            #expect(error.diagnostics.first?.message.contains("never closed") == true)
        }
    }

    @Test func aMissingUserFileFallsBackToTheBundledOne() throws {
        let dir = try directory(with: "{{team}}\n")
        let html = try ReportRenderer(templates: TemplateSource(directory: dir)).render(ReportFixtures.document(), as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }
}
