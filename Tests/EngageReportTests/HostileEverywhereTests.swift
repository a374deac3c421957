import Foundation
import Testing
@testable import EngageReport

/// Every user-provided string of the document replaced by a hostile one: nothing reaches the HTML
/// or the Markdown unescaped, whichever field it came from (charts included).
struct HostileEverywhereTests {
    /// Enum-valued keys keep their values so the document still decodes.
    static let enumKeys: Set<String> = ["language", "kind", "status", "scope"]

    static func poison(_ value: Any, key: String?) -> Any {
        switch value {
        case let s as String: return key.map(enumKeys.contains) == true ? s : ReportFixtures.hostile + " " + s
        case let a as [Any]: return a.map { poison($0, key: key) }
        case let d as [String: Any]: return Dictionary(uniqueKeysWithValues: d.map { ($0.key, poison($0.value, key: $0.key)) })
        default: return value
        }
    }

    static func hostileDocument() throws -> ReportDocument {
        var doc = ReportRegressionsTests.document()
        doc.appendix[1].notApplicableReason = "x"
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(doc))
        let poisoned = try JSONSerialization.data(withJSONObject: poison(json, key: nil))
        return try JSONDecoder().decode(ReportDocument.self, from: poisoned)
    }

    @Test func htmlEscapesEveryField() throws {
        let doc = try Self.hostileDocument()
        #expect(doc.engagement.team.hasPrefix(ReportFixtures.hostile), "the fixture really is poisoned")
        #expect(doc.principles[0].short.hasPrefix(ReportFixtures.hostile))
        let html = try ReportRenderer().render(doc, as: .html)
        #expect(!html.contains(ReportFixtures.hostile))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("alert(\"x\")"), "quotes are escaped too")
        #expect(!html.contains("'q'"))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        // Each chart is still one well-formed <svg> element.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.components(separatedBy: "</svg>").count - 1 == 2)
    }

    @Test func markdownEscapesEveryField() throws {
        let md = try ReportRenderer().render(try Self.hostileDocument(), as: .markdown)
        #expect(!md.contains("<script"))
        #expect(!md.contains("</td>"))
    }
}
