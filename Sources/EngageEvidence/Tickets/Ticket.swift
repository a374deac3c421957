/// One ticket of an export, classified.
public struct Ticket: Sendable, Hashable {
    public var id: String
    public var created: Double
    /// Hours spent, when the export says.
    public var hours: Double?
    /// The matched category rule's id, or nil when no rule matched.
    public var category: String?
    public var isToil: Bool
    public var file: String
    public var line: Int

    public init(id: String, created: Double, hours: Double?, category: String?, isToil: Bool, file: String, line: Int) {
        self.id = id
        self.created = created
        self.hours = hours
        self.category = category
        self.isToil = isToil
        self.file = file
        self.line = line
    }
}
