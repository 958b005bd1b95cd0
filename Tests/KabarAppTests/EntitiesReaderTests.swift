import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Entities in the reader: highlights, the pane, and jumps between mentions across articles.
@Suite struct EntitiesReaderTests {
    static let first = Article(
        id: "gempa", path: "/tmp/gempa.md", title: "Gempa di Garut",
        blocks: [Block(kind: .paragraph, text: "Warga Kabupaten Garut mengungsi. Bupati Garut Rudy Gunawan meninjau lokasi. Rudy Gunawan membawa tenda.")]
    )
    static let second = Article(
        id: "bantuan", path: "/tmp/bantuan.md", title: "Bantuan Tiba",
        blocks: [Block(kind: .paragraph, text: "Bantuan untuk Kabupaten Garut tiba pagi ini.")]
    )

    static func state() -> AppState {
        AppState(articles: [first, second].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer, width: 100, height: 30)
    }

    @Test func mentionsAreHighlightedInTheirTypeColour() throws {
        let state = Self.state()
        let frame = view(state)
        let text = state.layout.articleText
        // Body line 1 (document line 3): "Warga Kabupaten Garut mengungsi." — "Kabupaten" at column 6.
        let cell = frame[text.x + 6, text.y + 3]
        #expect(cell.symbol == "K")
        #expect(cell.style == Theme.default.style("text").patched(with: Theme.default.style("entity.location")))
        #expect(!frame[text.x + 1, text.y + 3].style.modifiers.contains(.underline))
    }

    @Test func thePaneListsTheArticlesEntitiesByTypeWithCounts() {
        let state = Self.state()
        let rect = state.layout.rect(of: .entities)
        let pane = view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x)) }
        #expect(pane[0].contains("Entities · article"))
        #expect(pane.contains { $0.contains("People (1)") })
        #expect(pane.contains { $0.contains("Rudy Gunawan ×2") })
        #expect(pane.contains { $0.contains("Places (") })
        #expect(pane.contains { $0.contains("Kabupaten Garut ×1") })
    }

    /// The glossary pane's lines, wide enough that none wraps.
    func glossaryPane(_ state: AppState) -> [String] {
        let rect = state.layout.rect(of: .glossary)
        return view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x)) }
    }

    @Test func onANameTheGlossaryPaneSaysWhatItNamesAndHowOften() throws {
        var state = AppState(articles: [Self.first, Self.second].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer,
                             width: 160, height: 30)
        state.press("Tab")
        while state.cursorWord?.text != "Gunawan" { state.press("w") }
        let pane = glossaryPane(state)
        #expect(pane.contains { $0.contains("Rudy Gunawan") })
        #expect(pane.contains { $0.contains("person · 2 mentions in 1 article") })
        #expect(pane.contains { $0.contains("] / [ next / previous mention") })
        #expect(!pane.contains { $0.contains("Not in the glossary.") })
        // The name in its type's colour.
        let rect = state.layout.rect(of: .glossary)
        let frame = view(state)
        let row = try #require(pane.firstIndex { $0.contains("│ Rudy Gunawan") })
        let column = try #require(pane[row].range(of: "Rudy")).lowerBound
        let cell = frame[rect.x + pane[row].distance(from: pane[row].startIndex, to: column), rect.y + row]
        #expect(cell.symbol == "R")
        #expect(cell.style == Theme.default.style("entity.person"))

        while state.cursorWord?.text != "Kabupaten" { state.press("b") }
        #expect(glossaryPane(state).contains { $0.contains("place · 2 mentions in 2 articles") })
    }

    @Test func offANameTheGlossaryPaneShowsNoEntity() {
        var state = AppState(articles: [Self.first].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer, width: 160, height: 30)
        state.press("Tab")
        while state.cursorWord?.text != "mengungsi" { state.press("w") }
        let pane = glossaryPane(state)
        #expect(!pane.contains { $0.contains(" mention") })
        #expect(!pane.contains { $0.contains("person ·") || $0.contains("place ·") })
    }

    @Test func theJumpKeysShownAreTheBoundOnes() {
        var state = AppState(articles: [Self.first].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer, width: 160, height: 30)
        state.keymap = Keymap.default.rebinding([KeyBinding(command: .nextMention, keys: [.char(">")])])
        state.press("Tab")
        while state.cursorWord?.text != "Gunawan" { state.press("w") }
        let pane = glossaryPane(state)
        #expect(pane.contains { $0.contains("> / [ next / previous mention") })
        #expect(!pane.contains { $0.contains("] / [") })
    }

    @Test func bracketJumpsFollowOneEntityAcrossArticles() {
        var state = Self.state()
        state.press("Tab")
        // Put the cursor on "Kabupaten" in the first article's body.
        while state.cursorWord?.text != "Kabupaten" { state.press("w") }
        state.press("]")
        #expect(state.openArticle?.article.id == "bantuan")
        #expect(state.cursorWord?.text == "Kabupaten")
        #expect(state.status == "Kabupaten Garut · mention 2/2 · article 2/2")
        state.press("[")
        #expect(state.openArticle?.article.id == "gempa")
        #expect(state.status == "Kabupaten Garut · mention 1/2 · article 1/2")
    }

    @Test func braceJumpsVisitEveryMention() {
        var state = Self.state()
        state.press("Tab")
        while state.cursorWord?.text != "Kabupaten" { state.press("w") }
        // Next comes "Garut" in "Bupati Garut Rudy Gunawan" (the regency), then the person.
        state.press("}")
        #expect(state.cursorWord?.text == "Garut")
        state.press("}")
        #expect(state.cursorWord?.text == "Rudy")
        #expect(state.status?.hasPrefix("Rudy Gunawan · mention 1/2") == true)
    }

    @Test func enterOnAnEntityInThePaneJumpsToItsFirstMention() {
        var state = Self.state()
        state.press("Tab Tab Tab")
        #expect(state.focus == .entities)
        state.press("Enter")
        #expect(state.focus == .article)
        #expect(state.cursorWord?.text == "Rudy")
    }

    @Test func aTogglesTheWholeCorpus() {
        var state = Self.state()
        state.press("Tab Tab Tab a")
        let rect = state.layout.rect(of: .entities)
        let pane = view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x)) }
        #expect(pane[0].contains("Entities · all"))
        #expect(pane.contains { $0.contains("Kabupaten Garut ×2") })
    }

    @Test func withoutAnEntityUnderTheCursorTheStatusSaysSo() {
        var state = Self.state()
        state.press("Tab w ]")
        #expect(state.status?.hasPrefix("No entity under the cursor") == true)
    }
}
