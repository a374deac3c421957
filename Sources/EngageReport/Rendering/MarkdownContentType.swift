import Mustache

/// Escaping for user text inside Markdown (`{{% CONTENT_TYPE: MARKDOWN}}`): table pipes,
/// HTML-significant characters and line breaks, so a note can neither break a table nor inject
/// markup into a wiki.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            case "\\": out += "\\\\"
            case "`": out += "\\`"
            default: out.append(c)
            }
        }
        return out
    }

    static func register() {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }
}
