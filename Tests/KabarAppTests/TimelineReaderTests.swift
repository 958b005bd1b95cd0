import KabarApp
import KabarCore
import KabarTUI
import Testing

/// The timeline pane: headings by year and month, the open article's events marked, the
/// "this article only" toggle, and Enter jumping to the sentence with the expression marked.
@Suite struct TimelineReaderTests {
    static let banjir = Article(
        id: "banjir", path: "/tmp/banjir.md", title: "Banjir Surut",
        source: "Kabar Uji", date: ArticleDate(year: 2025, month: 3, day: 5), language: "id",
        url: nil, author: nil, tags: [], extra: [:],
        blocks: [Block(kind: .paragraph, text: "Air mulai surut kemarin. Banjir serupa melanda kota ini pada tahun 2019.", start: 0, end: 0)]
    )
    static let panen = Article(
        id: "panen", path: "/tmp/panen.md", title: "Panen Raya",
        source: "Kabar Uji", date: ArticleDate(year: 2025, month: 4, day: 10), language: "id",
        url: nil, author: nil, tags: [], extra: [:],
        blocks: [Block(kind: .paragraph, text: "Petani memanen padi pada awal April 2025.", start: 0, end: 0)]
    )

    static func state() -> AppState {
        AppState(articles: [banjir, panen].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer, width: 120, height: 40)
    }

    static func pane(_ state: AppState) -> [String] {
        let rect = state.layout.rect(of: .timeline)
        return view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x + 1).prefix(rect.width - 2)) }
    }

    @Test func thePaneGroupsTheCorpusByYearAndMonthAndMarksTheOpenArticle() {
        let pane = Self.pane(Self.state())
        #expect(pane[0].contains("Timeline · all"))
        let rows = pane.dropFirst().map { $0.trimmingTrailingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("─") && !$0.hasPrefix("└") }
        // Headings, then events: "•" marks the open article's, the value drops the year
        // the heading shows, then the expression and its sentence (cut to the pane).
        let expected = ["2019", "•2019 tahun 2019 Banjir", "2025", " Maret", "•03-04 kemarin Air", " April", " 04 awal April 2025"]
        #expect(rows.count == expected.count)
        for (row, prefix) in zip(rows, expected) {
            #expect(row.hasPrefix(prefix), "\(row) should start with \(prefix)")
        }
    }

    @Test func aShowsThisArticleOnly() {
        var state = Self.state()
        state.press("Tab Tab Tab Tab")
        #expect(state.focus == .timeline)
        state.press("a")
        let pane = Self.pane(state)
        #expect(pane[0].contains("Timeline · article"))
        #expect(pane.contains { $0.contains("kemarin") })
        #expect(!pane.contains { $0.contains("awal April 2025") })
    }

    @Test func enterJumpsToTheSentenceAndMarksTheExpression() throws {
        var state = Self.state()
        state.press("Tab Tab Tab Tab j j")
        state.press("Enter")
        #expect(state.focus == .article)
        #expect(state.openArticle?.article.id == "panen")
        #expect(state.cursorWord?.text == "awal")
        #expect(state.status == "2025-04 · “awal April 2025” · date 1/1 in this article")
        // "awal April 2025" is drawn in the time style; "pada" before it is not.
        let frame = view(state)
        let text = state.layout.articleText
        let line = try #require(frame.lines.firstIndex { $0.contains("Petani memanen") })
        let column = try #require(frame.lines[line].range(of: "awal")).lowerBound.utf16Offset(in: frame.lines[line])
        let time = Theme.default.style("time")
        #expect(frame[column + 5, line].style.modifiers.contains(.underline))
        #expect(frame[column + 5, line].style.fg == time.fg)
        #expect(frame[column - 2, line].style.fg != time.fg)
        #expect(line >= text.y)
    }

    @Test func helpListsTheTimelineToggle() {
        var state = Self.state()
        state.press("?")
        #expect(state.screen.contains { $0.contains("timeline of all articles / of this article only") })
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
