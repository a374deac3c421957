/// The languages checklists are written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en, ko

    /// The other language, used as the fallback when a text lacks this one.
    public var fallback: Language { self == .en ? .ko : .en }
}
