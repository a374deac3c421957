extension FactCatalog {
    /// Facts from git history (truck factor, Avelino et al. 2016).
    public static let git: [FactDefinition] = [
        FactDefinition("git.truck_factor", .number, "Truck factor of the repository (pruned).", evidence: "a git repository (sre-engage detect --repo PATH)"),
        FactDefinition("git.truck_factor_greedy", .number, "Truck factor before pruning minor authors.", evidence: "a git repository (sre-engage detect --repo PATH)"),
        FactDefinition("git.components_with_tf1", .list, "Components whose truck factor is 1, with the developer who holds them.", evidence: "a git repository (sre-engage detect --repo PATH)"),
        FactDefinition("git.files", .number, "Files analysed at HEAD.", evidence: "a git repository (sre-engage detect --repo PATH)"),
    ]
}
