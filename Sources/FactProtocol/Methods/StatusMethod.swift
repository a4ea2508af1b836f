import FactModel

/// `status`: what the daemon serves and whether it is ready.
public enum StatusMethod: RPCMethod {
    public static let name = "status"
    public static let parameterNames: Set<String> = []
    public typealias Params = EmptyParams
    public typealias Result = StatusResult
}

/// The daemon's state.
public struct StatusResult: Codable, Sendable, Hashable {
    public var version: String
    public var pid: Int
    public var uptimeSeconds: Double
    /// Absolute path of the seeds folder.
    public var seeds: String
    /// True once the first full scan is in memory.
    public var ready: Bool
    public var generation: UInt64
    public var documents: Int
    public var entities: Int
    public var facts: Int
    /// When the served model last changed, ISO 8601 UTC; null before the first scan.
    public var lastChange: String?
    /// Problems that do not stop serving (watch limits, unreadable folders).
    public var warnings: [String]

    public init(version: String, pid: Int, uptimeSeconds: Double, seeds: String, ready: Bool, generation: UInt64,
                documents: Int, entities: Int, facts: Int, lastChange: String?, warnings: [String]) {
        self.version = version
        self.pid = pid
        self.uptimeSeconds = uptimeSeconds
        self.seeds = seeds
        self.ready = ready
        self.generation = generation
        self.documents = documents
        self.entities = entities
        self.facts = facts
        self.lastChange = lastChange
        self.warnings = warnings
    }

    private enum CodingKeys: String, CodingKey {
        case version, pid, uptimeSeconds, seeds, ready, generation, documents, entities, facts, lastChange, warnings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(pid, forKey: .pid)
        try c.encode(uptimeSeconds, forKey: .uptimeSeconds)
        try c.encode(seeds, forKey: .seeds)
        try c.encode(ready, forKey: .ready)
        try c.encode(generation, forKey: .generation)
        try c.encode(documents, forKey: .documents)
        try c.encode(entities, forKey: .entities)
        try c.encode(facts, forKey: .facts)
        try c.encode(lastChange, forKey: .lastChange)  // null, not absent, before the first scan
        try c.encode(warnings, forKey: .warnings)
    }
}

/// `reload`: rescan everything; replies with the new status when done.
public enum ReloadMethod: RPCMethod {
    public static let name = "reload"
    public static let parameterNames: Set<String> = []
    public typealias Params = EmptyParams
    public typealias Result = StatusResult
}
