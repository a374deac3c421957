/// A text field: either one plain string (any language) or an `{en: …, ko: …}` pair.
public struct LocalizedText: Sendable, Hashable, Codable, CustomStringConvertible {
    public var en: String?
    public var ko: String?
    /// A plain string written without a language tag.
    public var plain: String?

    public init(en: String? = nil, ko: String? = nil) {
        self.en = en
        self.ko = ko
    }

    public init(plain: String) {
        self.plain = plain
    }

    /// The text in `language`, falling back to the other language, then to the plain string.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return en ?? plain ?? ko ?? ""
        case .ko: return ko ?? plain ?? en ?? ""
        }
    }

    /// Whether a text exists for `language` without falling back.
    public func has(_ language: Language) -> Bool {
        switch language {
        case .en: en != nil
        case .ko: ko != nil
        }
    }

    public var isEmpty: Bool { (en ?? "").isEmpty && (ko ?? "").isEmpty && (plain ?? "").isEmpty }

    public var description: String { text(.en) }

    /// Every text it holds, for hashing and searching.
    public var allTexts: [String] { [en, ko, plain].compactMap { $0 } }
}
