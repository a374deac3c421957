extension TruckFactorReport {
    /// A plain-text summary (deterministic: no colours, no times).
    public func text() -> String {
        var lines: [String] = []
        lines.append("Repository: \(repository.path) (\(repository.headDescription))" + (since.map { ", commits since \($0)" } ?? ""))
        lines.append("Commits read: \(commitsRead); developers: \(developers)")
        lines.append("Files analysed: \(filesAnalysed) of \(filesAtHead) at HEAD (\(filesExcluded) excluded by the path filter, \(filesWithoutHistory) without history in range)")
        lines.append("Truck factor: \(truckFactor.truckFactor) (greedy \(truckFactor.greedy); \(truckFactor.filesWithAuthor) of \(truckFactor.files) files have an author)")
        let width = truckFactor.holders.map { $0.name.count + $0.email.count + 3 }.max() ?? 0
        for holder in truckFactor.holders {
            let label = "\(holder.name) <\(holder.email)>"
            let padded = label + String(repeating: " ", count: max(0, width - label.count))
            lines.append("  \(padded)  \(holder.files) file\(holder.files == 1 ? "" : "s")" + (holder.pruned ? "  (pruned: under 10 % of the top author's files)" : ""))
        }
        lines.append("")
        lines.append("Components (\(componentGrouping)):")
        if components.isEmpty {
            lines.append("  none")
        } else {
            let nameWidth = max(9, components.map(\.name.count).max() ?? 0)
            lines.append("  " + "component".padding(nameWidth) + "  files  TF  greedy  held by")
            for component in components {
                let r = component.result
                let held = r.truckFactorHolders.map { "\($0.name) (\($0.files))" }.joined(separator: ", ")
                lines.append("  " + component.name.padding(nameWidth) + "  " + String(r.files).leftPadding(5) + "  " + String(r.truckFactor).leftPadding(2)
                    + "  " + String(r.greedy).leftPadding(6) + "  " + (held.isEmpty ? "-" : held))
            }
        }
        let silos = componentsWithTruckFactorOne
        if !silos.isEmpty {
            lines.append("")
            lines.append("Knowledge silos (truck factor 1): \(silos.count) of \(components.count) components")
            for silo in silos {
                if let holder = silo.result.truckFactorHolders.first {
                    lines.append("  \(silo.name): held by \(holder.name) (\(holder.files) of \(silo.result.files) files)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    func leftPadding(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
