import KabarCore

/// Where the entities are: each mention's place in the corpus, for highlighting, the
/// entities pane and the `]` `[` `}` `{` jumps.
public struct EntityNavigation: Sendable {
    /// A mention with its entity and its article's position in the list.
    public struct Stop: Hashable, Sendable {
        public var entity: Int
        public var article: Int
        public var mention: Entity.Mention

        /// Articles in list order, the title before the body, then by offset.
        func precedes(_ other: Stop) -> Bool {
            if article != other.article { return article < other.article }
            if mention.field != other.mention.field { return mention.field == .title }
            return mention.start < other.mention.start
        }
    }

    public let entities: [Entity]
    /// Every mention in reading order.
    public let stops: [Stop]
    /// Per entity, its mentions in the listed articles, and how many of them name it.
    public let mentionCounts: [Int]
    public let articleCounts: [Int]
    private let byArticle: [Int: [Stop]]

    public init(entities: [Entity], articleIDs: [String]) {
        self.entities = entities
        let position = Dictionary(articleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var stops: [Stop] = []
        var mentionCounts: [Int] = [], articleCounts: [Int] = []
        mentionCounts.reserveCapacity(entities.count)
        var lastEntity = [Int](repeating: -1, count: articleIDs.count)
        articleCounts.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() {
            var articles = 0
            let before = stops.count
            for mention in entity.mentions {
                guard let article = position[mention.article] else { continue }
                stops.append(Stop(entity: index, article: article, mention: mention))
                // Counted once per article: entities are taken one after the other.
                if lastEntity[article] != index {
                    lastEntity[article] = index
                    articles += 1
                }
            }
            mentionCounts.append(stops.count - before)
            articleCounts.append(articles)
        }
        self.mentionCounts = mentionCounts
        self.articleCounts = articleCounts
        self.stops = stops.sorted { $0.precedes($1) }
        self.byArticle = Dictionary(grouping: self.stops, by: \.article)
    }

    /// The mentions in one article.
    public func stops(inArticle article: Int) -> [Stop] {
        byArticle[article] ?? []
    }

    /// The mention covering a word, if any.
    public func stop(article: Int, field: TextField, offset: Int) -> Stop? {
        stops(inArticle: article).first { $0.mention.field == field && $0.mention.start <= offset && offset < $0.mention.end }
    }

    /// The next (or previous) mention after a position, of one entity or of any; wraps around.
    public func next(after position: Stop, entity: Int?, forward: Bool) -> Stop? {
        let candidates = entity.map { e in stops.filter { $0.entity == e } } ?? stops
        guard !candidates.isEmpty else { return nil }
        if forward {
            return candidates.first { position.precedes($0) && $0 != position } ?? candidates.first
        }
        return candidates.last { $0.precedes(position) && $0 != position } ?? candidates.last
    }
}
