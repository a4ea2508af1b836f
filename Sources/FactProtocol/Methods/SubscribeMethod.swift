/// `subscribe`: after the reply, the connection receives `changed` notifications.
public enum SubscribeMethod: RPCMethod {
    public static let name = "subscribe"
    public static let parameterNames: Set<String> = []
    public typealias Params = EmptyParams

    public struct Result: Codable, Sendable, Hashable {
        public var subscribed: Bool
        public init(subscribed: Bool) { self.subscribed = subscribed }
    }
}

/// The `changed` notification: which documents changed in a generation.
public struct ChangedNotification: Codable, Sendable, Hashable {
    public static let method = "changed"

    public enum Change: String, Codable, Sendable, Hashable {
        case added, modified, removed
    }

    public struct DocumentChange: Codable, Sendable, Hashable {
        public var path: String
        public var change: Change
        public init(path: String, change: Change) {
            self.path = path
            self.change = change
        }
    }

    public var generation: UInt64
    public var documents: [DocumentChange]

    public init(generation: UInt64, documents: [DocumentChange]) {
        self.generation = generation
        self.documents = documents
    }
}
