import KabarApp
import KabarCore

/// Three articles and a fake engine's answer for "saing", with offsets worked out by hand.
enum SearchFixtures {
    static let cuaca = Article(
        id: "cuaca", path: "/tmp/cuaca.md", title: "Cuaca Cerah",
        blocks: [Block(kind: .paragraph, text: "Langit cerah sepanjang hari.")]
    )
    /// Body: "Emiten " is 7 scalars, so "menyaingi" is 12..<21 ("Emiten baru " is 12).
    static let pasar = Article(
        id: "pasar", path: "/tmp/pasar.md", title: "Pasar Modal",
        blocks: [Block(kind: .paragraph, text: "Emiten baru menyaingi emiten lama.")]
    )
    /// Title: "Persaingan" is 0..<10. Body: "menyaingi" is 7..<16 and "bersaing" 41..<49.
    static let saingan = Article(
        id: "saingan", path: "/tmp/saingan.md", title: "Persaingan Ketat",
        blocks: [Block(kind: .paragraph, text: "Mereka menyaingi raksasa. Bank lain ikut bersaing.")]
    )

    /// Result order differs from list order: saingan first, then pasar.
    static let saing = SearchAnswer(query: "saing", hits: [
        SearchAnswer.Hit(articleID: "saingan", path: "/tmp/saingan.md", title: "Persaingan Ketat",
                         snippet: "«Persaingan» Ketat Mereka «menyaingi» raksasa. Bank lain ikut «bersaing».",
                         matches: [.init(field: .body, start: 41, end: 49), .init(field: .title, start: 0, end: 10),
                                   .init(field: .body, start: 7, end: 16)]),
        SearchAnswer.Hit(articleID: "pasar", path: "/tmp/pasar.md", title: "Pasar Modal",
                         snippet: "Emiten baru «menyaingi» emiten lama.",
                         matches: [.init(field: .body, start: 12, end: 21)]),
    ])

    static func engine() -> FakeSearchEngine {
        FakeSearchEngine(["saing": saing, "banjir": SearchAnswer(query: "banjir", hits: [])])
    }

    /// The reader on cuaca, pasar and saingan (in that order) with the fake engine ready.
    static func state(width: Int = 80, height: Int = 24, engine: FakeSearchEngine = engine()) -> AppState {
        var state = AppState(articles: [cuaca, pasar, saingan].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer,
                             width: width, height: height)
        _ = state.update(.searchEngineReady(SearchEngineHandle(engine), warning: nil))
        return state
    }
}
