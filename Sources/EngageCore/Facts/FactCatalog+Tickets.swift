extension FactCatalog {
    /// Facts from ticket exports.
    public static let tickets: [FactDefinition] = [
        FactDefinition("tickets.count", .number, "Tickets read.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.toil_share", .number, "Share of ticket time spent on toil, 0…1.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.interrupts_per_week", .number, "Tickets (interrupts) opened per week.", evidence: "a tickets CSV in evidence/tickets"),
        FactDefinition("tickets.top_toil_categories", .list, "Toil categories by time spent.", evidence: "a tickets CSV in evidence/tickets"),
    ]
}
