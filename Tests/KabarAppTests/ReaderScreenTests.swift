import KabarApp
import KabarCore
import KabarTUI
import Testing

/// What a user sees at 80×24 after scripted keys, on the in-memory buffer.
@Suite struct ReaderScreenTests {
    @Test func firstScreenShowsListArticleSidePanesAndStatus() {
        let screen = Fixtures.state().screen
        #expect(screen.count == 24)
        #expect(screen[0].hasPrefix("┌ Articles (2)"))
        #expect(screen[0].contains("Article · banjir-semarang"))
        #expect(screen[0].contains("Glossary"))
        #expect(screen[1].contains("▸ Banjir Rendam"))
        #expect(screen[2].contains("  Saham Perbank"))
        // Title, metadata line, blank, first paragraph.
        #expect(screen[1].contains("│ Banjir Rendam Semarang"))
        #expect(screen[2].contains("Kabar Uji · 2024-03-05 · 18 words"))
        #expect(screen[4].contains("Hujan deras mengguyur kota"))
        // The glossary pane follows the word cursor, which starts on the title's first word.
        #expect(screen[1].hasSuffix("│ Banjir           │"))
        #expect(screen[2].hasSuffix("│ banjir · n       │"))
        #expect(screen[3].hasSuffix("│ flood            │"))
        #expect(screen.contains { $0.contains("Entities") })
        #expect(screen.contains { $0.contains("Timeline · all") })
        #expect(screen[23].contains("q quit"))
        #expect(screen[23].contains("/ search"))
        #expect(screen[23].contains("? help"))
        #expect(screen[23].contains("article 1/2"))
    }

    @Test func enterOpensTheSelectedArticleAndAbsentFieldsAreHonest() {
        var state = Fixtures.state()
        state.press("j Enter")
        #expect(state.focus == .article)
        let screen = state.screen
        #expect(screen[0].contains("Article · pasar-modal"))
        #expect(screen[2].contains("source unknown · undated · 6 words"))
        #expect(screen[2].contains("▸ Saham Perbank"))
        #expect(screen[23].contains("article 2/2"))
    }

    @Test func headingsAndBulletsAreLaidOut() {
        let screen = Fixtures.state().screen
        let heading = screen.firstIndex { $0.contains("Bantuan Datang") }
        #expect(heading != nil)
        if let heading {
            #expect(screen[heading + 1].contains("│ • Perahu karet dikirim."))
            #expect(screen[heading + 2].contains("│ • Dapur umum dibuka."))
        }
    }

    @Test func wordCursorMovesWithWAndBAndIsHighlighted() {
        var state = Fixtures.state()
        state.press("Tab w w")
        #expect(state.cursorWord?.text == "Semarang")
        state.press("w")
        // The title has three words and the metadata line none, so the next stop is the body.
        #expect(state.cursorWord?.text == "Hujan")
        #expect(state.cursorWord?.field == .body)
        state.press("b")
        #expect(state.cursorWord?.text == "Semarang")
        let frame = view(state)
        let text = state.layout.articleText
        // "Banjir Rendam Semarang": Semarang starts at column 14 of the first text row.
        let cell = frame[text.x + 14, text.y]
        #expect(cell.symbol == "S")
        #expect(cell.style.modifiers.contains(.reverse))
        #expect(!frame[text.x + 13, text.y].style.modifiers.contains(.reverse))
        #expect(state.screen[23].contains("word 3/"))
    }

    @Test func helpOverlayIsGeneratedFromTheKeymapAndEscCloses() {
        var state = Fixtures.state()
        state.press("?")
        var screen = state.screen
        #expect(screen.contains { $0.contains("Keys · Esc closes") })
        #expect(screen.contains { $0.contains("word cursor to the next word (article pane)") })
        #expect(screen.contains { $0.contains("quit (or close the open overlay)") })
        state.press("Esc")
        screen = state.screen
        #expect(!screen.contains { $0.contains("Keys · Esc closes") })
    }

    @Test func rebindingShowsInHelp() {
        var keymap = Keymap.default
        keymap.panes[.article]?[.char("e")] = .nextWord
        var state = AppState(articles: [Fixtures.banjir].map { AnalyzedArticle($0) }, keymap: keymap)
        state.press("?")
        #expect(state.screen.contains { $0.contains("e l w Right") })
    }

    @Test func tinyTerminalShowsAMessageAndRecovers() {
        var state = Fixtures.state()
        _ = state.update(.resize(width: 30, height: 8))
        let small = state.screen
        #expect(small.contains { $0.contains("Terminal too small") })
        #expect(small.contains { $0.contains("30×8") })
        state.press("j k w")  // keys still work without drawing panes
        _ = state.update(.resize(width: 80, height: 24))
        #expect(state.screen[0].hasPrefix("┌ Articles (2)"))
    }

    @Test func resizeRewrapsWithoutLeftovers() {
        var state = Fixtures.state([Fixtures.panjang])
        _ = state.update(.resize(width: 120, height: 30))
        let wide = state.screen
        #expect(wide.count == 30)
        #expect(wide.allSatisfy { DisplayWidth.of($0) <= 120 })
        _ = state.update(.resize(width: 60, height: 20))
        let narrow = state.screen
        #expect(narrow.count == 20)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 60 })
        // Below 70 columns the side panes give their room to the article.
        #expect(!narrow.contains { $0.contains("Glossary") })
    }

    @Test func scrollingKeepsTheCursorOnScreen() {
        var state = Fixtures.state([Fixtures.panjang])
        state.press("Tab Space")
        #expect(state.scroll > 0)
        let word = state.cursorWord
        #expect(word != nil)
        if let word {
            #expect(word.line >= state.scroll)
            #expect(word.line < state.scroll + state.layout.articleText.height)
        }
        state.press("G")
        #expect(state.scroll == state.maxScroll)
        #expect(state.cursorWord?.text == "pendek")
        state.press("g")
        #expect(state.scroll == 0)
        #expect(state.cursorWord?.text == "Laporan")
    }

    @Test func wideCharactersAreMeasuredByDisplayWidth() {
        let article = Article(id: "cjk", path: "/tmp/cjk.md", title: "Kunjungan ke 北京 😀 hari ini",
                              source: nil, date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
                              blocks: [Block(kind: .paragraph, text: "Kata sangatpanjangsekalitanpaspasiyangharusdipotongdibeberapabaris selesai.", start: 0, end: 0)])
        var state = Fixtures.state([article])
        state.press("Tab w w")
        #expect(state.cursorWord?.text == "北京")
        let text = state.layout.articleText
        // "Kunjungan ke " is 13 columns; 北京 takes 4.
        #expect(state.cursorWord?.column == 13)
        #expect(state.cursorWord?.width == 4)
        let frame = view(state)
        #expect(frame[text.x + 13, text.y].symbol == "北")
        #expect(frame[text.x + 14, text.y].isContinuation)
        #expect(frame[text.x + 15, text.y].symbol == "京")
        // The long word is broken across lines, and no line is wider than the pane.
        #expect(state.screen.allSatisfy { DisplayWidth.of($0) <= 80 })
        let lines = state.document?.lines ?? []
        #expect(lines.count >= 5)
        #expect(lines.allSatisfy { $0.content.width <= text.width })
        #expect(lines.contains { $0.content.spans.map(\.text).joined().contains("sangat") })
    }
}
