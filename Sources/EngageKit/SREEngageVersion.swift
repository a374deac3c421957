/// The tool's version, printed by `sre-engage --version`.
public enum SREEngageVersion {
    public static let current = "0.1.0"
}
