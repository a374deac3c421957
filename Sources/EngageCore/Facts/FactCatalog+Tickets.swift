extension FactCatalog {
    /// Facts from ticket exports. Definitions: docs/evidence-formats.md.
    public static let tickets: [FactDefinition] = [
        FactDefinition("tickets.count", .number, "Tickets read.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.toil_share", .number, "Share of logged ticket time spent on toil, 0…1 (SRE book ch. 5 caps operational work at 50 %).", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.interrupts_per_week", .number, "Tickets (interrupts, SRE book ch. 29) opened per week.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.top_toil_categories", .list, "Toil categories by time spent, largest first.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.unclassified", .number, "Tickets no category rule matched.", evidence: "a tickets CSV in evidence/tickets"),
    ]
}
