/// What a named entity is.
public enum EntityType: String, CaseIterable, Hashable, Sendable, Codable {
    case person, organization, location, product, event
}
