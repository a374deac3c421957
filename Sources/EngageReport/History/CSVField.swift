/// RFC 4180 field quoting.
enum CSVField {
    /// The field as written: quoted, with inner quotes doubled, when it holds a comma, a quote,
    /// CR or LF; as is otherwise.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: quoted fields joined by commas, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }
}
