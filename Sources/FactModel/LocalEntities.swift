/// The local entities of one document that joined a corpus entity: nearly always one, which is
/// then kept without an allocation of its own.
enum LocalEntities: Sendable, Equatable {
    /// Only as the starting value of ``append(_:)``; a stored contribution has at least one.
    case none
    case one(Int32)
    case several([Int32])

    init(_ local: Int) { self = .one(Int32(local)) }

    mutating func append(_ local: Int) {
        switch self {
        case .none: self = .one(Int32(local))
        case .one(let first): self = .several([first, Int32(local)])
        case .several(let all): self = .several(all + [Int32(local)])
        }
    }

    /// The local indices, in the order they joined.
    var all: [Int] {
        switch self {
        case .none: return []
        case .one(let local): return [Int(local)]
        case .several(let all): return all.map(Int.init)
        }
    }
}
