import EngageCore
import EngageYAML

/// Team and respondent names become folder and file names, so they must be slugs that cannot
/// leave `engagements/`: no `/`, no `..`, no absolute paths, no control characters.
public enum TeamName {
    /// Returns the name if it is safe, or throws a usage error explaining why not.
    public static func validate(_ name: String, what: String = "team name") throws(EngageError) -> String {
        let shown = name.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        let problem: String?
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problem = "contains control characters"
        } else if name.hasPrefix("/") {
            problem = "is an absolute path"
        } else if name.contains("/") || name.contains("\\") {
            problem = "contains a path separator"
        } else if name == "." || name == ".." || name.contains("..") {
            problem = "could leave the engagements folder ('..')"
        } else {
            problem = Slug.problem(name)
        }
        if let problem {
            let suggestion = suggest(name).map { " (try '\($0)')" } ?? ""
            throw EngageError.usage("\(what) '\(shown)' \(problem); use lower-case letters, digits, '-', '_' and '.'\(suggestion)")
        }
        return name
    }

    /// A slug close to what was typed, when there is one.
    static func suggest(_ name: String) -> String? {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) }
            else if scalar == " " || scalar == "-" || scalar == "_" { if !out.isEmpty, !out.hasSuffix("-") { out += "-" } }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty || out == name ? nil : String(out.prefix(Slug.maxLength))
    }
}
