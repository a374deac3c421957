extension FactCatalog {
    /// Facts from Markdown postmortems.
    public static let postmortems: [FactDefinition] = [
        FactDefinition("postmortems.count", .number, "Postmortems read.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.rollback_only", .list, "Postmortems whose action items are only rollbacks or reverts.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.items_without_owner", .list, "Action items with no owner.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.without_detect_or_prevent", .list, "Postmortems with no detect or prevent action item.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.blame_language", .list, "Postmortems whose summary uses blame-oriented language (soft signal).", evidence: "postmortems (Markdown) in evidence/postmortems"),
    ]
}
