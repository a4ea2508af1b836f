/// The local entities of one document that joined a corpus entity: nearly always one, which is
/// then kept without an allocation of its own.
enum LocalEntities: Sendable, Equatable {
    case one(Int32)
    case several([Int32])

    init(_ local: Int) { self = .one(Int32(local)) }

    mutating func append(_ local: Int) {
        switch self {
        case .one(let first): self = .several([first, Int32(local)])
        case .several(let all): self = .several(all + [Int32(local)])
        }
    }

    /// The local indices, in the order they joined.
    var all: [Int] {
        switch self {
        case .one(let local): return [Int(local)]
        case .several(let all): return all.map(Int.init)
        }
    }
}
