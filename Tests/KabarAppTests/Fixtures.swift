import KabarApp
import KabarCore
import KabarTUI

/// Small articles of our own for screen tests (not the bundled ones).
enum Fixtures {
    static let banjir = Article(
        id: "banjir-semarang", path: "/tmp/banjir-semarang.md",
        title: "Banjir Rendam Semarang",
        source: "Kabar Uji", date: ArticleDate(year: 2024, month: 3, day: 5), language: "id",
        url: nil, author: nil, tags: [], extra: [:],
        blocks: [
            Block(kind: .paragraph, text: "Hujan deras mengguyur kota sejak pagi. Warga mengungsi ke masjid.", start: 0, end: 0),
            Block(kind: .heading(level: 2), text: "Bantuan Datang", start: 0, end: 0),
            Block(kind: .bullet, text: "Perahu karet dikirim.", start: 0, end: 0),
            Block(kind: .bullet, text: "Dapur umum dibuka.", start: 0, end: 0),
        ]
    )

    static let pasar = Article(
        id: "pasar-modal", path: "/tmp/pasar-modal.md",
        title: "Saham Perbankan Menguat",
        source: nil, date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
        blocks: [Block(kind: .paragraph, text: "Indeks naik tipis pada penutupan perdagangan.", start: 0, end: 0)]
    )

    /// A long article, for scrolling: 40 numbered paragraphs.
    static let panjang = Article(
        id: "panjang", path: "/tmp/panjang.md", title: "Laporan Panjang",
        source: nil, date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
        blocks: (1...40).map { Block(kind: .paragraph, text: "Paragraf nomor \($0) berisi kalimat pendek.", start: 0, end: 0) }
    )

    /// A small glossary of our own, so screens do not move with the built-in data.
    static let analyzer: MorphAnalyzer = {
        var glossary = Glossary()
        glossary.add([
            GlossaryEntry(headword: "banjir", pos: "n", gloss: "flood"),
            GlossaryEntry(headword: "rendam", pos: "v", gloss: "soak; submerge"),
            GlossaryEntry(headword: "hujan", pos: "n", gloss: "rain"),
        ])
        return MorphAnalyzer(glossary: glossary)
    }()

    static func state(_ articles: [Article] = [banjir, pasar], width: Int = 80, height: Int = 24) -> AppState {
        AppState(articles: articles.map { AnalyzedArticle($0) }, analyzer: analyzer, width: width, height: height)
    }
}

extension AppState {
    /// Feeds a key script ("j Enter w") and returns every effect produced.
    @discardableResult
    mutating func press(_ script: String) -> [Effect] {
        KeyParser.keys(script).flatMap { update(.key($0)) }
    }

    var screen: [String] { view(self).lines }
}
