import Foundation
import Testing
@testable import EngageReport

/// The fixture report with a follow-up regression and a methodology boundary, as a person sees it.
/// Set `SRE_ENGAGE_SAMPLE_DIR` to also write the HTML there for a look in a browser, e.g.
/// `chromium --headless --no-sandbox --screenshot=… file://DIR/report.html` (docs/reports.md).
struct ReportSampleTests {
    @Test(arguments: ["en", "ko"])
    func sampleHTMLIsCompleteInEitherLanguage(_ language: String) throws {
        let doc = ReportRegressionsTests.document(language: language)
        let html = try ReportRenderer().render(doc, as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
        #expect(html.hasSuffix("</html>\n"))
        for id in ["engagement", "scores", "stressors", "decisions", "slos", "fires", "remaining", "regressions", "appendix"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        if language == "ko" {
            #expect(html.contains("<h2>후속 평가에서 드러난 퇴보</h2>"))
            #expect(html.contains("<h2>작성한 SLO</h2>"))
        }
        if let dir = ProcessInfo.processInfo.environment["SRE_ENGAGE_SAMPLE_DIR"] {
            try html.write(toFile: dir + "/report-\(language).html", atomically: true, encoding: .utf8)
        }
    }
}
