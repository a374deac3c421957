/// The rules for identifiers (checklist, question, option, stressor and team ids).
public enum Slug {
    public static let maxLength = 64

    /// Why `s` is not a valid id, or `nil` when it is.
    public static func problem(_ s: String) -> String? {
        if s.isEmpty { return "must not be empty" }
        if s.count > maxLength { return "is longer than \(maxLength) characters" }
        guard let first = s.unicodeScalars.first, isLowerAlnum(first) else {
            return "must start with a lower-case letter or digit"
        }
        for scalar in s.unicodeScalars where !(isLowerAlnum(scalar) || scalar == "-" || scalar == "_" || scalar == ".") {
            return "may only contain lower-case letters, digits, '-', '_' and '.'"
        }
        if s.contains("..") { return "must not contain '..'" }
        return nil
    }

    private static func isLowerAlnum(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }
}
