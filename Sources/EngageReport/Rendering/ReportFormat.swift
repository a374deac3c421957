import Foundation

/// The report formats, each a pure function of the document (SwiftLint-reporter style).
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, html, json

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        }
    }
}
