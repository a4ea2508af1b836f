/// The kind of thing an entity names.
public enum EntityType: String, Codable, Sendable, CaseIterable, Hashable {
    case organization, person, place, product, event, work, other
}
