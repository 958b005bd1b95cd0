import KabarCore

extension AppState {
    /// The entity the jump keys follow: the one selected in the entities pane when it has the
    /// focus, otherwise the one under the word cursor.
    var currentEntity: Int? {
        if focus == .entities { return selectedEntity }
        return entityWords[cursor]
    }

    /// Where the cursor is, as a place in reading order.
    var cursorStop: EntityNavigation.Stop? {
        guard let openIndex, let word = cursorWord else { return nil }
        return .init(entity: -1, article: openIndex,
                     mention: .init(article: articles[openIndex].article.id, field: word.field,
                                    start: word.start, end: word.start, text: ""))
    }

    /// `]` `[` `}` `{`: to the next or previous mention, of the current entity or of any,
    /// crossing into other articles.
    mutating func jump(_ command: Command) {
        let forward = command == .nextMention || command == .nextAnyMention
        let anyEntity = command == .nextAnyMention || command == .previousAnyMention
        let entity = anyEntity ? nil : currentEntity
        if !anyEntity && entity == nil {
            status = "No entity under the cursor: move onto a highlighted name, or pick one in the Entities pane."
            return
        }
        guard let here = cursorStop ?? navigation.stops.first,
              let target = navigation.next(after: here, entity: entity, forward: forward) else {
            status = "No entity mentions."
            return
        }
        go(to: target)
    }

    /// Opens the mention's article if needed and puts the cursor on its first word.
    mutating func go(to stop: EntityNavigation.Stop) {
        if stop.article != openIndex {
            open(stop.article)
            selected = stop.article
        }
        if let document, let index = document.words.firstIndex(where: {
            $0.field == stop.mention.field && $0.start >= stop.mention.start
        }) {
            cursor = index
            revealCursor()
        }
        status = mentionStatus(stop)
    }

    /// "Liang Wenfeng · mention 3/14 · article 1/2".
    func mentionStatus(_ stop: EntityNavigation.Stop) -> String {
        let all = navigation.stops.filter { $0.entity == stop.entity }
        let number = (all.firstIndex(of: stop) ?? 0) + 1
        var articlesWith: [Int] = []
        for s in all where !articlesWith.contains(s.article) { articlesWith.append(s.article) }
        let articleNumber = (articlesWith.firstIndex(of: stop.article) ?? 0) + 1
        return "\(navigation.entities[stop.entity].name) · mention \(number)/\(all.count) · article \(articleNumber)/\(articlesWith.count)"
    }
}
