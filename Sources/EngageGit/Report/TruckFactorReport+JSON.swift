import EngageCore
import Foundation

extension TruckFactorReport {
    /// Pretty JSON with sorted keys (deterministic).
    public func json() throws(DiagnosticError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        } catch {
            throw DiagnosticError(.error("could not encode the report as JSON: \(error)"))
        }
    }
}
