import KabarCore

/// What the index stores of an article besides its text, worked out off the writer: its
/// entity mentions and time expressions as `AnalysisRecord` writes them, and the names to
/// find it by.
struct Enrichment: Sendable {
    /// A mention, with the name of the entity it belongs to in that article.
    struct Mention { var name, type, field: String; var start, end: Int; var text: String }
    struct Event { var value: String?; var type, text, field: String; var start, end: Int }
    let records: (mentions: String, events: String)
    /// The names and mention texts, each once: what `entity:` in a query looks for.
    let names: [String]

    static let recognizer = EntityRecognizer()
    static let tagger = TemporalTagger()

    init(_ article: Article) {
        var mentions: [Mention] = []
        var events: [Event] = []
        let analyzed = AnalyzedArticle(article)
        // As `EntityIndex` finds them, so the reader shows the same names from the index.
        let found = Enrichment.recognizer.mentions(title: article.title, body: article.body,
                                                   tokens: (analyzed.titleTokens, analyzed.bodyTokens))
        let linked = EntityLinker.link([.init(article: article.id, field: .title, mentions: found.title),
                                        .init(article: article.id, field: .body, mentions: found.body)])
        for entity in linked {
            for mention in entity.mentions {
                mentions.append(Mention(name: entity.name, type: entity.type.rawValue, field: mention.field.rawValue,
                                        start: mention.start, end: mention.end, text: mention.text))
            }
        }
        for field in [TextField.title, .body] {
            let expressions = Enrichment.tagger.expressions(in: analyzed.text(of: field), tokens: analyzed.tokens(in: field),
                                                            anchor: article.date)
            for expression in expressions {
                events.append(Event(value: expression.value, type: expression.type.rawValue, text: expression.text,
                                    field: field.rawValue, start: expression.start, end: expression.end))
            }
        }
        records = (AnalysisRecord.mentions(mentions), AnalysisRecord.events(events))
        var seen: Set<String> = []
        names = (mentions.map(\.name) + mentions.map(\.text)).filter { seen.insert($0).inserted }
    }
}
