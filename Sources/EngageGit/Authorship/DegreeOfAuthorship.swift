import Foundation

/// The degree-of-authorship model of Fritz et al., as calibrated by Avelino, Passos, Hora and
/// Valente ("A novel approach for estimating truck factors", ICPC 2016):
///
///     DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)
///
/// - `FA` (first authorship) is 1 when the developer added the file (also when they re-added it
///   after someone deleted it), else 0;
/// - `DL` (deliveries) counts the developer's changes to the file other than the ones that added it
///   (modifications, type changes and renames);
/// - `AC` (acceptances) counts the changes to the file by every other developer, additions included.
public struct DegreeOfAuthorship: Sendable, Hashable, Codable {
    public var firstAuthorship: Bool
    public var deliveries: Int
    public var acceptances: Int

    public init(firstAuthorship: Bool, deliveries: Int, acceptances: Int) {
        self.firstAuthorship = firstAuthorship
        self.deliveries = deliveries
        self.acceptances = acceptances
    }

    /// The absolute degree of authorship.
    public var value: Double {
        Self.intercept + 1.098 * (firstAuthorship ? 1 : 0) + 0.164 * Double(deliveries) - 0.321 * log(1 + Double(acceptances))
    }

    /// The DOA of a developer who never touched the file; an author needs at least this much
    /// unless they created the file.
    public static let intercept = 3.293

    /// The share of the file's highest DOA a developer needs to be one of its authors (strictly above).
    public static let relativeThreshold = 0.75

    /// Whether a developer with this DOA is an author of the file whose highest DOA is `maximum`:
    /// `DOA / max > 0.75` and (`DOA ≥ 3.293` or the developer created the file).
    public func isAuthor(maximum: Double) -> Bool {
        let doa = value
        guard maximum > 0, doa / maximum > Self.relativeThreshold else { return false }
        return doa >= Self.intercept || firstAuthorship
    }
}
