import KabarApp
import KabarCore
import KabarTUI
import Testing

/// The glossary pane and word popup on screen, with a small glossary of our own.
@Suite struct GlossaryPaneTests {
    static let glossary: Glossary = {
        var glossary = Glossary()
        glossary.add([
            GlossaryEntry(headword: "saing", pos: "v", gloss: "rival; compete"),
            GlossaryEntry(headword: "usaha", pos: "n", gloss: "effort; business"),
            GlossaryEntry(headword: "perusahaan", pos: "n", gloss: "company; firm"),
            GlossaryEntry(headword: "suku", pos: "n", gloss: "tribe; part"),
            GlossaryEntry(headword: "bunga", pos: "n", gloss: "flower; interest"),
            GlossaryEntry(headword: "suku bunga", pos: "phr", gloss: "interest rate"),
            GlossaryEntry(headword: "naik", pos: "v", gloss: "go up; rise"),
            GlossaryEntry(headword: "meN-", pos: "affix", gloss: "active verb"),
            GlossaryEntry(headword: "-i", pos: "affix", gloss: "locative; repetitive"),
        ])
        return glossary
    }()

    static let article = Article(
        id: "bunga", path: "/tmp/bunga.md", title: "Suku Bunga Naik",
        source: "Kabar Uji", date: ArticleDate(year: 2024, month: 5, day: 2),
        blocks: [
            Block(kind: .paragraph, text: "Perusahaan itu menyaingi bank."),
            Block(kind: .paragraph, text: "Perusahaan lain diam."),
        ]
    )

    static func state() -> AppState {
        AppState(articles: [AnalyzedArticle(article)], analyzer: MorphAnalyzer(glossary: glossary), width: 100, height: 30)
    }

    func paneText(_ state: AppState) -> [String] {
        let rect = state.layout.rect(of: .glossary)
        return view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x)) }
    }

    @Test func thePaneFollowsTheCursorWithLemmaBreakdownAndGloss() {
        var state = Self.state()
        state.press("Tab w w w w w")
        #expect(state.cursorWord?.text == "menyaingi")
        let pane = paneText(state)
        #expect(pane.contains { $0.contains("menyaingi") })
        #expect(pane.contains { $0.contains("saing · v") })
        #expect(pane.contains { $0.contains("meN- + -i + saing →") })
        #expect(pane.contains { $0.contains("rival; compete") })
        #expect(pane.contains { $0.contains("(composed)") })
    }

    @Test func aLexicalisedWordShowsItsRoot() {
        var state = Self.state()
        state.press("Tab w w w")
        #expect(state.cursorWord?.text == "Perusahaan")
        let pane = paneText(state)
        #expect(pane.contains { $0.contains("perusahaan · n") })
        #expect(pane.contains { $0.contains("per-…-an + usaha →") })
        #expect(pane.contains { $0.contains("company; firm") })
        #expect(pane.contains { $0.contains("+1 more: Enter") })
    }

    @Test func anExpressionIsRecognisedFromAnyOfItsWords() {
        var state = Self.state()
        state.press("Tab w")
        #expect(state.cursorWord?.text == "Bunga")
        let pane = paneText(state)
        #expect(pane.contains { $0.contains("suku bunga · phr") })
        #expect(pane.contains { $0.contains("interest rate") })
        #expect(state.cursorReading?.expressionWords == 0..<2)
        // Both words are underlined in the article.
        let frame = view(state)
        let text = state.layout.articleText
        #expect(frame[text.x, text.y].style.modifiers.contains(.underline))
        #expect(frame[text.x + 5, text.y].style.modifiers.contains(.underline))
        #expect(!frame[text.x + 11, text.y].style.modifiers.contains(.underline))
    }

    @Test func enterOpensThePopupWithEveryReadingAndOtherSentences() {
        var state = Self.state()
        state.press("Tab w w w Enter")
        let screen = state.screen
        #expect(screen.contains { $0.contains("Perusahaan · Esc closes") })
        #expect(screen.contains { $0.contains("1. perusahaan (n) company; firm") })
        #expect(screen.contains { $0.contains("2. usaha (n) effort; business") })
        #expect(screen.contains { $0.contains("Other sentences with this lemma:") })
        #expect(screen.contains { $0.contains("• Perusahaan lain diam.  [bunga]") })
        // The sentence the cursor is in is not repeated.
        #expect(!screen.contains { $0.contains("• Perusahaan itu menyaingi bank.") })
        state.press("Esc")
        #expect(!state.screen.contains { $0.contains("Esc closes") })
    }

    @Test func aWordWithNoReadingSaysSo() {
        var state = Self.state()
        state.press("Tab w w w w w w")
        #expect(state.cursorWord?.text == "bank")
        #expect(paneText(state).contains { $0.contains("Not in the glossary.") })
    }
}
