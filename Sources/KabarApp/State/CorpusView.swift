import KabarCore

/// What the reader shows of the corpus's facts: the entities with every mention's place,
/// the timeline with each event's article, and the panes' rows over the whole corpus. A
/// large corpus has hundreds of thousands of them: made once when the facts arrive, and for
/// a large corpus in the background, so the keys never wait for it.
struct CorpusView: Sendable {
    var navigation: EntityNavigation
    var timeline: [TimelineEvent]
    var timelineArticles: [Int]
    var timelineEventsByArticle: [Int: [Int]]
    var allEntityRows: [EntityRow]
    var allTimelineRows: [TimelineRow]

    /// - Parameter state: the reader the rows are made for (its articles and settings).
    init(_ facts: CorpusFacts, articles: [AnalyzedArticle], state: AppState) {
        var scratch = state
        scratch.navigation = EntityNavigation(entities: facts.entities, articleIDs: articles.map(\.article.id))
        scratch.timeline = facts.timeline
        var indexByID: [String: Int] = [:]
        for (index, analyzed) in articles.enumerated() where indexByID[analyzed.article.id] == nil {
            indexByID[analyzed.article.id] = index
        }
        let timelineArticles = facts.timeline.map { indexByID[$0.article] ?? 0 }
        scratch.timelineArticles = timelineArticles
        navigation = scratch.navigation
        timeline = facts.timeline
        self.timelineArticles = timelineArticles
        timelineEventsByArticle = Dictionary(grouping: timelineArticles.indices, by: { timelineArticles[$0] })
        allEntityRows = scratch.entityRows(counts: scratch.navigation.entities.indices.map { ($0, scratch.navigation.entities[$0].mentions.count) })
        allTimelineRows = scratch.timelineRows(of: facts.timeline.indices)
    }

    func install(in state: inout AppState) {
        state.navigation = navigation
        state.timeline = timeline
        state.timelineArticles = timelineArticles
        state.timelineEventsByArticle = timelineEventsByArticle
        state.allEntityRows = allEntityRows
        state.allTimelineRows = allTimelineRows
    }
}

/// A `CorpusView` made in the background, carried by the facts' message. Messages compare
/// it by identity.
public final class PreparedCorpus: Hashable, @unchecked Sendable {
    let view: CorpusView

    init(_ view: CorpusView) {
        self.view = view
    }

    public static func == (a: PreparedCorpus, b: PreparedCorpus) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
