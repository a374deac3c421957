import EngageCore

/// The heading outline of a Markdown document: ATX headings (`## Action Items`) and setext
/// headings (a line underlined with `===` or `---`), fenced code skipped. Enough structure to
/// find a postmortem's sections; no inline rendering.
struct MarkdownOutline {
    var title: String?
    var sections: [MarkdownSection] = []
    /// Lines before the first heading.
    var preamble: [(number: Int, text: String)] = []
    var diagnostics: [Diagnostic] = []

    init(lines: [String], file: String) {
        var headings: [(level: Int, title: String, line: Int)] = []
        var content: [(number: Int, text: String, headingIndex: Int?)] = []
        var fence: (marker: Character, count: Int, line: Int)?
        var index = 0
        while index < lines.count {
            let number = index + 1
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if let open = fence {
                if Self.fenceMarker(trimmed).map({ $0.marker == open.marker && $0.count >= open.count }) == true,
                   trimmed.allSatisfy({ $0 == open.marker }) {
                    fence = nil
                }
                index += 1
                continue
            }
            if let marker = Self.fenceMarker(trimmed), Self.leadingSpaces(line) < 4 {
                fence = (marker.marker, marker.count, number)
                index += 1
                continue
            }
            if let heading = Self.atxHeading(line) {
                headings.append((heading.level, heading.title, number))
                index += 1
                continue
            }
            if index + 1 < lines.count, !trimmed.isEmpty, Self.leadingSpaces(line) < 4,
               !trimmed.hasPrefix("|"), !Self.isListItem(trimmed),
               let level = Self.setextLevel(lines[index + 1]),
               index == 0 || lines[index - 1].trimmingSpaces.isEmpty {
                headings.append((level, trimmed, number))
                index += 2
                continue
            }
            content.append((number, line, headings.isEmpty ? nil : headings.count - 1))
            index += 1
        }
        if let open = fence {
            diagnostics.append(.error("unterminated code fence: everything after it is treated as code", at: SourceLocation(file: file, line: open.line, column: 1)))
        }
        title = headings.first(where: { $0.level == 1 })?.title
        preamble = content.filter { $0.headingIndex == nil }.map { ($0.number, $0.text) }
        for (i, heading) in headings.enumerated() {
            var end = headings.count
            for j in (i + 1)..<max(i + 1, headings.count) where headings[j].level <= heading.level {
                end = j
                break
            }
            let body = content.filter { entry in
                guard let h = entry.headingIndex else { return false }
                return h >= i && h < end
            }.map { ($0.number, $0.text) }
            sections.append(MarkdownSection(level: heading.level, title: heading.title, line: heading.line, body: body))
        }
    }

    static func leadingSpaces(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 } else { break }
        }
        return n
    }

    static func fenceMarker(_ trimmed: String) -> (marker: Character, count: Int)? {
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix { $0 == first }.count
        return count >= 3 ? (first, count) : nil
    }

    static func atxHeading(_ line: String) -> (level: Int, title: String)? {
        guard leadingSpaces(line) < 4 else { return nil }
        let trimmed = line.trimmingSpaces
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = String(rest).trimmingSpaces
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes, title.trimmingSpaces)
    }

    static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty, leadingSpaces(line) < 4 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func isListItem(_ trimmed: String) -> Bool {
        listMarker(trimmed) != nil
    }

    /// The length of a list marker (`- `, `* `, `+ `, `1. `, `1) `) at the start, if any.
    static func listMarker(_ trimmed: String) -> Int? {
        let chars = Array(trimmed.prefix(12))
        guard let first = chars.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            return chars.count == 1 ? 1 : (chars[1] == " " || chars[1] == "\t" ? 2 : nil)
        }
        var k = 0
        while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
        guard k > 0, k <= 9, k < chars.count, chars[k] == "." || chars[k] == ")" else { return nil }
        return k + 1 == chars.count ? k + 1 : (chars[k + 1] == " " ? k + 2 : nil)
    }
}
