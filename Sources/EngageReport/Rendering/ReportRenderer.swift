import EngageCore
import Foundation

/// Renders a `ReportDocument`: Markdown and HTML through (overridable) Mustache templates with
/// inline SVG charts in HTML, JSON through `JSONEncoder` with sorted keys. Deterministic.
public struct ReportRenderer: Sendable {
    public var templates: TemplateSource

    public init(templates: TemplateSource = TemplateSource()) {
        self.templates = templates
    }

    public func render(_ document: ReportDocument, as format: ReportFormat) throws(DiagnosticError) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n" } catch {
                throw DiagnosticError(.error("cannot encode the report: \(error)"))
            }
        case .markdown:
            let text = try templates.template(named: "report.md.mustache").render(ReportViewModel.context(document, charts: false))
            return Self.tidyMarkdown(text)
        case .html:
            return try templates.template(named: "report.html.mustache").render(ReportViewModel.context(document, charts: true))
        }
    }

    /// Collapses runs of blank lines left by empty sections, and ends with one newline.
    static func tidyMarkdown(_ text: String) -> String {
        var out: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            out.append(line)
        }
        while out.first?.isEmpty == true { out.removeFirst() }
        while out.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}
