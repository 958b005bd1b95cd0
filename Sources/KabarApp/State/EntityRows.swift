import KabarCore

/// A row of the entities pane: a type heading, or an entity with its mention count.
public enum EntityRow: Hashable, Sendable {
    case heading(EntityType, Int)
    case entity(Int, Int)

    var isEntity: Bool {
        if case .entity = self { return true }
        return false
    }
}

extension AppState {
    /// The entities of the open article (or of all articles), grouped by type, most mentioned first.
    public var entityRows: [EntityRow] {
        var counts: [Int: Int] = [:]
        if entityScopeAll {
            for (index, entity) in navigation.entities.enumerated() { counts[index] = entity.mentions.count }
        } else if let openIndex {
            for stop in navigation.stops(inArticle: openIndex) { counts[stop.entity, default: 0] += 1 }
        }
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let group = counts.filter { navigation.entities[$0.key].type == type }
                .sorted { $0.value != $1.value ? $0.value > $1.value : navigation.entities[$0.key].name < navigation.entities[$1.key].name }
            guard !group.isEmpty else { continue }
            rows.append(.heading(type, group.count))
            rows += group.map { .entity($0.key, $0.value) }
        }
        return rows
    }

    /// The entity selected in the pane.
    public var selectedEntity: Int? {
        let entities = entityRows.compactMap { row -> Int? in
            if case .entity(let index, _) = row { return index }
            return nil
        }
        return entities.indices.contains(entitySelection) ? entities[entitySelection] : nil
    }
}
