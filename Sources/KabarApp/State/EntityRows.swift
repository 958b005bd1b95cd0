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
        guard !entityScopeAll else { return allEntityRows }
        var counts: [Int: Int] = [:]
        if let openIndex {
            for stop in navigation.stops(inArticle: openIndex) { counts[stop.entity, default: 0] += 1 }
        }
        return entityRows(counts: counts.map { ($0.key, $0.value) })
    }

    /// Rows for (entity, mention count) pairs.
    func entityRows(counts: [(Int, Int)]) -> [EntityRow] {
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let group = counts.filter { navigation.entities[$0.0].type == type }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : navigation.entities[$0.0].name < navigation.entities[$1.0].name }
            guard !group.isEmpty else { continue }
            rows.append(.heading(type, group.count))
            rows += group.map { .entity($0.0, $0.1) }
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
