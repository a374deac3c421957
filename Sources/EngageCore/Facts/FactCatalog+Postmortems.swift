extension FactCatalog {
    /// Facts from Markdown postmortems (action-item categories after Lunney, Lueder and Beyer,
    /// ;login: 2017). Definitions: docs/evidence-formats.md.
    public static let postmortems: [FactDefinition] = [
        FactDefinition("postmortems.count", .number, "Postmortems read.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.action_items", .number, "Action items across all postmortems.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.rollback_only", .list, "Postmortems whose action items are all rollbacks or reverts.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.items_without_owner", .list, "Action items with no owner.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.without_detect_or_prevent", .list, "Postmortems with no detect or prevent action item (including those with no items).", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.without_action_items", .list, "Postmortems with no action items at all.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.unclassified_items", .list, "Action items no keyword rule or stated type classifies.", evidence: "postmortems (Markdown) in evidence/postmortems"),
        FactDefinition("postmortems.blame_language", .list, "Postmortems whose summary uses blame-oriented language (soft signal).", evidence: "postmortems (Markdown) in evidence/postmortems"),
    ]
}
