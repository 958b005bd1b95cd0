import KabarCore

/// What the reader knows of the whole corpus: its entities (linked across articles) and its
/// timeline. Small corpora get it when the reader opens; large ones in the background.
public struct CorpusFacts: Hashable, Sendable {
    public var entities: [Entity]
    public var timeline: [TimelineEvent]
    /// `AppState.corpusGeneration` of the articles these facts are about: facts computed
    /// before a reload are dropped.
    public var generation: Int
    /// What the panes show of these facts, made beside them in the background.
    public var prepared: PreparedCorpus?

    public init(entities: [Entity] = [], timeline: [TimelineEvent] = [], generation: Int = 0) {
        self.entities = entities
        self.timeline = timeline
        self.generation = generation
    }

    /// Recognises and tags every article, or takes what the index found in them (`known`,
    /// in the articles' order) and only links the names across articles and lays out the
    /// timeline.
    public static func compute(_ articles: [AnalyzedArticle], generation: Int = 0, known: [StoredAnalysis]? = nil) -> CorpusFacts {
        let entities = EntityIndex().entities(of: articles, known: known)
        return CorpusFacts(entities: entities, timeline: TimelineIndex().events(of: articles, entities: entities, known: known),
                           generation: generation)
    }
}

extension AppState {
    /// Up to this many articles are analysed before the first frame; more are analysed in
    /// the background, so the reader opens at once on any corpus.
    public static let analyseAtOnceLimit = 300
    /// Nor more than this many bytes of text (one very long article is analysed in the
    /// background too).
    public static let analyseAtOnceBytes = 1_000_000

    /// Whether these articles are few and short enough to be analysed before they are shown.
    static func analysesAtOnce(_ articles: [AnalyzedArticle]) -> Bool {
        articles.count <= analyseAtOnceLimit
            && articles.reduce(0, { $0 + $1.article.body.utf8.count }) <= analyseAtOnceBytes
    }

    /// Takes the corpus's entities and timeline: what the panes show of them is made here,
    /// or was made in the background (`facts.prepared`).
    public mutating func apply(_ facts: CorpusFacts) {
        if let prepared = facts.prepared {
            prepared.view.install(in: &self)
        } else {
            CorpusView(facts, articles: articles, state: self).install(in: &self)
        }
        corpusPending = false
        storedAnalysis = nil
        mapEntityWords()
    }
}
