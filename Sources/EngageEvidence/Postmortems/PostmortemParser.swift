import EngageCore

/// Reads a Markdown postmortem: the Google SRE-book template (an "Action Items" table with
/// Action Item | Type | Owner | Bug columns) and the common variants (a list of items, other
/// heading names, Korean headings). Classifies each item with the keyword rules.
struct PostmortemParser {
    let rules: ActionItemRules

    static let actionHeadings = ["action item", "follow-up", "follow up", "followup", "corrective action", "remediation",
                                 "next step", "todo", "to-do", "조치", "후속", "액션 아이템", "재발 방지", "개선 사항", "대책"]
    static let summaryHeadings = ["summary", "overview", "tl;dr", "요약", "개요"]
    static let textColumns = ["action", "item", "task", "description", "what", "조치", "항목", "내용", "작업"]
    static let typeColumns = ["type", "category", "kind", "유형", "분류", "종류"]
    static let ownerColumns = ["owner", "assignee", "who", "responsible", "담당"]
    static let categoryNames: [String: ActionItemCategory] = [
        "investigate": .investigate, "investigation": .investigate, "조사": .investigate,
        "mitigate": .mitigate, "mitigation": .mitigate, "완화": .mitigate,
        "repair": .repair, "fix": .repair, "복구": .repair,
        "detect": .detect, "detection": .detect, "탐지": .detect, "감지": .detect,
        "prevent": .prevent, "prevention": .prevent, "예방": .prevent, "방지": .prevent,
    ]
    /// Types the SRE-book template uses that are none of the five categories.
    static let otherTypes: Set<String> = ["process", "other", "n/a", "na", "-", "", "기타"]

    func parse(text: String, file: String) -> (Postmortem, [Diagnostic]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let outline = MarkdownOutline(lines: lines, file: file)
        var diagnostics = outline.diagnostics
        let title = outline.title ?? FileKind.name(of: file)

        let actionSections = outline.sections.filter { section in
            let folded = section.title.lowercased()
            return Self.actionHeadings.contains { folded.contains($0) }
        }
        // Nested action sections would be read twice; keep the outermost ones.
        var items: [ActionItem] = []
        var seenLines = Set<Int>()
        for section in actionSections {
            let fresh = section.body.filter { !seenLines.contains($0.number) }
            for line in fresh { seenLines.insert(line.number) }
            items += readItems(fresh, file: file, diagnostics: &diagnostics)
        }
        if actionSections.isEmpty {
            diagnostics.append(.warning("no action-items section (a heading such as '## Action Items') found", at: SourceLocation(file: file, line: 1, column: 1)))
        } else if items.isEmpty, let first = actionSections.first {
            diagnostics.append(.warning("the action-items section lists no items", at: SourceLocation(file: file, line: first.line, column: 1)))
        }

        let summary = outline.sections.first { section in
            let folded = section.title.lowercased()
            return Self.summaryHeadings.contains { folded.contains($0) }
        }?.body ?? outline.preamble
        var blame: [(phrase: String, line: Int)] = []
        for line in summary {
            let folded = KeywordMatcher.fold(line.text)
            for phrase in rules.blamePhrases where !blame.contains(where: { $0.phrase == phrase }) {
                if KeywordMatcher.matches(folded, KeywordMatcher.fold(phrase)) { blame.append((phrase, line.number)) }
            }
        }
        return (Postmortem(file: file, title: title, actionItemsLine: actionSections.first?.line, items: items, blame: blame), diagnostics)
    }

    // MARK: Items

    private func readItems(_ body: [(number: Int, text: String)], file: String, diagnostics: inout [Diagnostic]) -> [ActionItem] {
        var items: [ActionItem] = []
        var index = 0
        var listIndent: Int?
        var current: (text: String, line: Int, column: Int)?

        func flush() {
            if let c = current { items.append(makeItem(c.text, owner: nil, stated: nil, line: c.line, column: c.column, file: file, diagnostics: &diagnostics)) }
            current = nil
        }

        while index < body.count {
            let (number, line) = body[index]
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                index += 1
                continue
            }
            let next = index + 1 < body.count ? body[index + 1].text : nil
            if trimmed.hasPrefix("|") || (trimmed.contains("|") && next.map(Self.isSeparatorRow) == true) {
                flush()
                var table: [(number: Int, text: String)] = []
                while index < body.count, body[index].text.contains("|"), !body[index].text.trimmingSpaces.isEmpty {
                    table.append(body[index])
                    index += 1
                }
                items += readTable(table, file: file, diagnostics: &diagnostics)
                continue
            }
            let indent = MarkdownOutline.leadingSpaces(line)
            if let markerLength = MarkdownOutline.listMarker(trimmed) {
                let base = listIndent ?? indent
                if listIndent == nil { listIndent = indent }
                if indent <= base + 1 {
                    flush()
                    let rest = String(trimmed.dropFirst(markerLength))
                    let column = line.distance(from: line.startIndex, to: line.firstIndex { !$0.isWhitespace } ?? line.startIndex) + markerLength + 1
                    current = (rest, number, column)
                } else if current != nil {
                    current?.text += " " + String(trimmed.dropFirst(markerLength))  // a sub-item describes its parent
                }
            } else if current != nil, indent > 0 {
                current?.text += " " + trimmed
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return items
    }

    private func readTable(_ rows: [(number: Int, text: String)], file: String, diagnostics: inout [Diagnostic]) -> [ActionItem] {
        guard let headerRow = rows.first else { return [] }
        let header = Self.cells(headerRow.text)
        var start = 1
        if rows.count > 1, Self.isSeparatorRow(rows[1].text) {
            start = 2
        } else {
            diagnostics.append(.error("table header is not followed by a separator row (| --- | --- |)",
                                      at: SourceLocation(file: file, line: rows.count > 1 ? rows[1].number : headerRow.number, column: 1)))
        }
        let names = header.map { $0.text.lowercased() }
        func column(_ keys: [String]) -> Int? { names.firstIndex { name in keys.contains { name.contains($0) } } }
        let typeColumn = column(Self.typeColumns)
        let ownerColumn = column(Self.ownerColumns)
        let textColumn = column(Self.textColumns).flatMap { $0 == typeColumn || $0 == ownerColumn ? nil : $0 } ?? 0
        var items: [ActionItem] = []
        for row in rows.dropFirst(start) {
            let cells = Self.cells(row.text)
            if cells.count != header.count {
                diagnostics.append(.error("table row has \(cells.count) cell(s), the header has \(header.count)",
                                          at: SourceLocation(file: file, line: row.number, column: cells.last?.column ?? 1)))
            }
            guard textColumn < cells.count, !cells[textColumn].text.isEmpty else { continue }
            var stated: ActionItemCategory?
            if let t = typeColumn, t < cells.count {
                stated = statedCategory(cells[t].text, file: file, line: row.number, column: cells[t].column, diagnostics: &diagnostics)
            }
            let owner = ownerColumn.flatMap { $0 < cells.count ? cells[$0].text : nil }
            items.append(makeItem(cells[textColumn].text, owner: .some(owner ?? ""), stated: stated, line: row.number,
                                  column: cells[textColumn].column, file: file, diagnostics: &diagnostics))
        }
        return items
    }

    /// A stated type: one of the five categories (or an alias), a known non-category (`process`,
    /// `other`) or a typo, reported with a suggestion.
    private func statedCategory(_ raw: String, file: String, line: Int, column: Int, diagnostics: inout [Diagnostic]) -> ActionItemCategory? {
        let value = raw.trimmingSpaces.lowercased()
        if let category = Self.categoryNames[value] { return category }
        if Self.otherTypes.contains(value) { return nil }
        let words = value.split { !$0.isLetter }.map(String.init)
        for word in words { if let category = Self.categoryNames[word] { return category } }
        let suggestion = value.closestMatch(in: ActionItemCategory.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
        diagnostics.append(.error("unknown action-item type '\(raw.trimmingSpaces)'\(suggestion); expected investigate, mitigate, repair, detect or prevent",
                                  at: SourceLocation(file: file, line: line, column: column)))
        return nil
    }

    /// Builds an item; `owner` is `.some` for table rows (the Owner cell, maybe empty), nil for list
    /// items (the owner is looked for in the text).
    private func makeItem(_ raw: String, owner tableOwner: String??, stated tableStated: ActionItemCategory?, line: Int, column: Int,
                          file: String, diagnostics: inout [Diagnostic]) -> ActionItem {
        var text = Self.plainText(raw)
        var stated = tableStated
        var owner: String?
        if let tableOwner {
            owner = tableOwner
        } else {
            owner = Self.ownerInText(text)
            // A stated type in a list item: `[prevent]`, `(detect)`, `type: mitigate`.
            if let tag = Self.typeTag(text) {
                stated = statedCategory(tag, file: file, line: line, column: column, diagnostics: &diagnostics)
            } else {
                for word in Self.bracketedWords(text) {
                    if let category = Self.categoryNames[word.lowercased()] {
                        stated = category
                        break
                    }
                }
            }
        }
        if let o = owner?.trimmingSpaces, !o.isEmpty, !rules.noOwnerWords.contains(o.lowercased()) {
            owner = o
        } else {
            owner = nil
        }
        text = text.trimmingSpaces
        let match = rules.classify(text)
        let category = stated ?? match?.rule.category
        let rollback = (match?.rule.rollback ?? false) && (stated == nil || stated == .mitigate || stated == .repair)
        return ActionItem(text: text, owner: owner, statedCategory: stated, category: category, isRollback: rollback,
                          keyword: match?.keyword, line: line, column: column)
    }

    // MARK: Text helpers

    static func isSeparatorRow(_ line: String) -> Bool {
        let cells = Self.cells(line)
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            let t = cell.text
            return !t.isEmpty && t.contains("-") && t.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
        }
    }

    /// The cells of a table row with the column each starts at (pipes escaped as `\|` stay text).
    static func cells(_ line: String) -> [(text: String, column: Int)] {
        var cells: [(String, Int)] = []
        var current = ""
        var start = 1
        var column = 0
        var escaped = false
        var sawPipe = false
        for ch in line {
            column += 1
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "|" {
                if sawPipe || !current.trimmingSpaces.isEmpty { cells.append((current, start)) }
                sawPipe = true
                current = ""
                start = column + 1
            } else {
                current.append(ch)
            }
        }
        if !current.trimmingSpaces.isEmpty { cells.append((current, start)) }
        return cells.map { text, column in
            let leading = text.prefix { $0 == " " || $0 == "\t" }.count
            return (text.trimmingSpaces, column + leading)
        }
    }

    /// Markdown emphasis, code, links and checkboxes removed.
    static func plainText(_ raw: String) -> String {
        var text = raw.trimmingSpaces
        for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) { text = String(text.dropFirst(box.count)) }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "[", let close = text[i...].firstIndex(of: "]"), text.index(after: close) < text.endIndex,
               text[text.index(after: close)] == "(", let paren = text[close...].firstIndex(of: ")") {
                out += text[text.index(after: i)..<close]
                i = text.index(after: paren)
                continue
            }
            if c == "*" || c == "`" || (c == "_" && (out.last == nil || out.last == " ")) {
                i = text.index(after: i)
                continue
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }

    static let ownerMarkers = ["owner:", "owners:", "owner =", "owner=", "assignee:", "assigned to", "담당자:", "담당:", "담당자 :", "담당 :"]

    /// An owner written in a list item: `owner: alice`, `assignee: bob`, `담당: 철수`, or an `@handle`.
    static func ownerInText(_ text: String) -> String? {
        let lower = text.lowercased()
        for marker in ownerMarkers {
            guard let range = lower.range(of: marker) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            let rest = text.dropFirst(offset)
            let value = String(rest.prefix { !",;)|]".contains($0) }).trimmingSpaces
            let firstWords = value.split(separator: " ").prefix(3).joined(separator: " ")
            return firstWords
        }
        if let at = text.firstIndex(of: "@") {
            let handle = text[text.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
            if !handle.isEmpty, at == text.startIndex || text[text.index(before: at)] == " " || text[text.index(before: at)] == "(" {
                return "@" + handle
            }
        }
        return ""  // looked for and not found
    }

    /// The value of `type:` / `category:` / `유형:` in a list item.
    static func typeTag(_ text: String) -> String? {
        let lower = text.lowercased()
        for marker in ["type:", "category:", "유형:", "분류:"] {
            guard let range = lower.range(of: marker) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            let value = String(text.dropFirst(offset).prefix { !",;)|]".contains($0) }).trimmingSpaces
            return value.split(separator: " ").first.map(String.init) ?? ""
        }
        return nil
    }

    /// Words written in brackets or parentheses: `[prevent]`, `(detect)`.
    static func bracketedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: String?
        for c in text {
            if c == "[" || c == "(" { current = "" } else if c == "]" || c == ")" {
                if let w = current?.trimmingSpaces, !w.isEmpty { words.append(w) }
                current = nil
            } else if current != nil {
                current?.append(c)
            }
        }
        return words
    }
}
