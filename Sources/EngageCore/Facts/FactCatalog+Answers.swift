extension FactCatalog {
    /// Facts derived from assessment answers.
    public static let answers: [FactDefinition] = [
        FactDefinition(
            "answers.disagreements", .list,
            "Questions where respondents of one round differ by two or more scale steps.",
            evidence: "assessments from two or more respondents in one round (sre-engage assess --respondent)"),
        FactDefinition(
            "answers.coverage", .number,
            "Share of applicable questions answered in the latest round, 0…1.",
            evidence: "an assessment (sre-engage assess)"),
    ]
}
