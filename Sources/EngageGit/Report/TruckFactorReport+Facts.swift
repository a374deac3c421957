import EngageCore

extension TruckFactorReport {
    /// The collector name on every git fact.
    public static let collector = "git"

    /// `git.truck_factor`, `git.truck_factor_greedy`, `git.components_with_tf1` and `git.files`
    /// for this repository.
    public func facts() -> [Fact] {
        Self.facts(from: [self])
    }

    /// The git facts over several repositories: the truck factors are the lowest (the most
    /// fragile repository decides), files add up, and components with truck factor 1 are listed
    /// from every repository (named `REPOSITORY:COMPONENT` when there is more than one).
    public static func facts(from reports: [TruckFactorReport]) -> [Fact] {
        guard !reports.isEmpty else { return [] }
        let several = reports.count > 1
        let weakest = reports.min { ($0.truckFactor.truckFactor, $0.repository.path) < ($1.truckFactor.truckFactor, $1.repository.path) } ?? reports[0]
        let weakestGreedy = reports.map(\.truckFactor.greedy).min() ?? 0
        let tfEvidence = [EvidenceReference(file: weakest.repository.path, record: weakest.repository.head, note: "truck factor \(weakest.truckFactor.truckFactor) over \(weakest.filesAnalysed) files")]
            + weakest.truckFactor.holders.map { holder in
                EvidenceReference(record: "\(holder.name) <\(holder.email)>", note: "\(holder.files) files" + (holder.pruned ? " (pruned)" : ""))
            }

        var silos: [FactItem] = []
        for report in reports {
            for component in report.componentsWithTruckFactorOne {
                guard let holder = component.result.truckFactorHolders.first else { continue }
                let name = several ? "\(report.repository.path):\(component.name)" : component.name
                let evidence = [EvidenceReference(record: "\(holder.name) <\(holder.email)>", note: "\(holder.files) of \(component.result.files) files")]
                    + holder.sampleFiles.map { EvidenceReference(file: Self.join(report.repository.path, $0)) }
                silos.append(FactItem(name, detail: "held by \(holder.name) (\(holder.files) file\(holder.files == 1 ? "" : "s"))", evidence: evidence))
            }
        }
        let repositories = reports.map { EvidenceReference(file: $0.repository.path, record: $0.repository.head, note: $0.repository.headDescription) }
        return [
            Fact(name: "git.truck_factor", value: .number(Double(weakest.truckFactor.truckFactor)), evidence: tfEvidence, collector: collector),
            Fact(name: "git.truck_factor_greedy", value: .number(Double(weakestGreedy)), evidence: repositories, collector: collector),
            Fact(name: "git.components_with_tf1", value: .list(silos), evidence: repositories, collector: collector),
            Fact(name: "git.files", value: .number(Double(reports.map(\.filesAnalysed).reduce(0, +))), evidence: repositories, collector: collector),
        ]
    }

    static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
