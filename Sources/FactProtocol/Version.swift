/// The version of factd and factctl, reported by `status` and `--version`.
public enum FactdVersion {
    public static let current = "0.1.0"
}
