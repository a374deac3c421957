import EngageCore
import Foundation
import Mustache

/// Where report templates come from: a user's folder first (`--template DIR`, files named
/// `report.md.mustache` and `report.html.mustache`), the bundled templates otherwise.
public struct TemplateSource: Sendable {
    public var directory: String?

    public init(directory: String? = nil) {
        self.directory = directory
    }

    /// The template for a file name, parsed; a missing or broken user template is an error that
    /// names the file.
    func template(named name: String) throws(DiagnosticError) -> MustacheTemplate {
        var text: String?
        var file = name
        if let directory {
            let path = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) {
                file = path
                guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
                    throw DiagnosticError(.error("cannot read template (not UTF-8 text)", at: SourceLocation(file: path)))
                }
                text = s
            }
        }
        if text == nil {
            guard let url = Bundle.module.url(forResource: "Templates/" + name, withExtension: nil) ?? Bundle.module.url(forResource: name, withExtension: nil),
                  let data = try? Data(contentsOf: url), let s = String(data: data, encoding: .utf8)
            else { throw DiagnosticError(.error("bundled template \(name) is missing from the installation")) }
            text = s
        }
        MarkdownContentType.register()
        do {
            return try MustacheTemplate(string: text ?? "")
        } catch {
            throw DiagnosticError(.error("invalid Mustache template: \(error)", at: SourceLocation(file: file)))
        }
    }
}
