/// The truck factor of one component: a top-level folder, or a component declared in the engagement.
public struct ComponentTruckFactor: Sendable, Hashable, Codable {
    public var name: String
    public var result: TruckFactorResult

    public init(name: String, result: TruckFactorResult) {
        self.name = name
        self.result = result
    }
}
