/// Every fact name a collector can produce. Rules may only name facts listed here, so a typo in
/// `stressors.yaml` is caught by `lint` ("did you mean …?") instead of silently never firing.
/// Each collector keeps its own list in a `FactCatalog+Concern.swift` file.
public enum FactCatalog {
    public static let all: [FactDefinition] =
        answers + slo + alerts + postmortems + tickets + git

    public static let byName: [String: FactDefinition] =
        Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    public static func definition(_ name: String) -> FactDefinition? { byName[name] }
}
