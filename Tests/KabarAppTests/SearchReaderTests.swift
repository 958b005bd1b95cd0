import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Search in the reader on the in-memory backend, with a fake engine: the prompt and its live
/// results, opening a result with every match marked, n/N across articles, history, Esc.
@Suite struct SearchReaderTests {
    let theme = Theme.default

    /// Types "/saing" and delivers the engine's answer for the last generation.
    static func searched() -> AppState {
        var state = SearchFixtures.state()
        state.press("/ s a i n g")
        _ = state.update(.searchResults(generation: state.searchGeneration, SearchFixtures.saing))
        return state
    }

    @Test func typingShowsThePromptAndEachKeyAsksForADebouncedSearch() {
        var state = SearchFixtures.state()
        let effects = state.press("/ s a i n g")
        // "/" opens the prompt; each of the five letters asks for a search 120 ms later.
        #expect(effects == ["s", "sa", "sai", "sain", "saing"].enumerated().map { index, query in
            .search(SearchRequest(query: query, generation: index + 1, delayMilliseconds: 120))
        })
        let screen = state.screen
        #expect(screen[23] == "/saing")
        // The panel (rows 10-22 at 80×24) says a search is under way.
        #expect(screen[10].hasPrefix("┌ Search · searching…"))
    }

    @Test func theResultsListShowsTitlesAndSnippetsWithTheMatchesMarked() {
        let state = Self.searched()
        let screen = state.screen
        #expect(screen[10].hasPrefix("┌ Search · 2 articles"))
        #expect(screen[11].hasPrefix("│ Persaingan Ketat  saingan"))
        #expect(screen[12].hasPrefix("│   Persaingan Ketat Mereka menyaingi raksasa. Bank lain ikut bersaing."))
        #expect(screen[13].hasPrefix("│ Pasar Modal  pasar"))
        #expect(screen[14].hasPrefix("│   Emiten baru menyaingi emiten lama."))
        #expect(!screen.contains { $0.contains("«") || $0.contains("»") })
        let frame = view(state)
        let help = theme.style("ui.help"), match = theme.style("search.match")
        // Row 14: the snippet starts at column 4; "Emiten baru " is 12 columns, so "menyaingi" is 16-24.
        #expect(frame[16, 14].symbol == "m")
        #expect(frame[16, 14].style == help.patched(with: match))
        #expect(frame[24, 14].style == help.patched(with: match))
        #expect(frame[15, 14].style == help)
        #expect(frame[25, 14].style == help)
        // Row 12 is the selected result's: "Persaingan Ketat Mereka " is 24 columns, so "menyaingi" is at 28.
        let selected = help.patched(with: theme.style("ui.selection"))
        #expect(frame[28, 12].symbol == "m")
        #expect(frame[28, 12].style == selected.patched(with: match))
        #expect(frame[27, 12].style == selected)
    }

    @Test func ctrlNAndTabMoveThroughTheResults() {
        var state = Self.searched()
        state.press("C-n")
        #expect(state.prompt?.selection == 1)
        state.press("Tab")  // past the last result: back to the first
        #expect(state.prompt?.selection == 0)
        state.press("C-p")
        #expect(state.prompt?.selection == 1)
        // The selection's background is on the second result's rows now.
        let frame = view(state)
        #expect(frame[2, 13].style.bg == theme.style("ui.selection").bg)
        #expect(frame[2, 11].style.bg == theme.style("ui.help").bg)
    }

    @Test func enterOpensTheArticleWithEveryMatchMarkedAndTheCursorOnTheFirst() throws {
        var state = Self.searched()
        let effects = state.press("Enter")
        #expect(effects == [.recordSearch("saing")])
        #expect(state.prompt == nil)
        #expect(state.openArticle?.article.id == "saingan")
        #expect(state.selected == 2)
        #expect(state.focus == .article)
        // The title's "Persaingan" comes first in the text.
        #expect(state.cursorWord?.text == "Persaingan")
        #expect(state.status == "saing · match 1/3 · article 1/2")
        let frame = view(state)
        let lines = frame.lines
        let text = state.layout.articleText
        let match = theme.style("search.match")
        func column(of word: String, in row: Int) throws -> Int {
            try #require(lines[row].range(of: word)).lowerBound.utf16Offset(in: lines[row])
        }
        // "menyaingi" (body line 1) is drawn in the match style; "Mereka" before it is not.
        let body = try #require(lines.firstIndex { $0.contains("Mereka menyaingi") })
        let menyaingi = try column(of: "menyaingi", in: body)
        #expect(frame[menyaingi, body].style == theme.style("text").patched(with: match))
        #expect(frame[menyaingi + 8, body].style.modifiers.contains(.underline))
        #expect(!frame[menyaingi - 2, body].style.modifiers.contains(.underline))
        #expect(frame[text.x, body].symbol == "M")
        #expect(frame[text.x, body].style == theme.style("text"))
        // "bersaing" is marked too, wherever the line wrapped.
        let last = try #require(lines.firstIndex { $0.contains("bersaing.") })
        let bersaing = try column(of: "bersaing", in: last)
        #expect(frame[bersaing, last].style.modifiers.isSuperset(of: [.bold, .underline]))
        #expect(frame[bersaing, last].style.bg == match.bg)
        // The cursor's match in the title: the match and the cursor's reverse.
        #expect(frame[text.x, text.y].symbol == "P")
        #expect(frame[text.x, text.y].style.modifiers.isSuperset(of: [.bold, .underline, .reverse]))
        #expect(state.screen[23].hasSuffix("saing · match 1/3 · article 1/2"))
    }

    @Test func nAndShiftNWalkTheMatchesAcrossArticlesInResultOrderAndWrap() {
        var state = Self.searched()
        state.press("Enter")
        state.press("n")
        #expect(state.cursorWord?.text == "menyaingi")
        #expect(state.status == "saing · match 2/3 · article 1/2")
        state.press("n")
        #expect(state.cursorWord?.text == "bersaing")
        #expect(state.status == "saing · match 3/3 · article 1/2")
        // Past saingan's last match: pasar, the second result (it comes first in the list).
        state.press("n")
        #expect(state.openArticle?.article.id == "pasar")
        #expect(state.cursorWord?.text == "menyaingi")
        #expect(state.status == "saing · match 1/1 · article 2/2")
        state.press("n")
        #expect(state.openArticle?.article.id == "saingan")
        #expect(state.cursorWord?.text == "Persaingan")
        #expect(state.status == "wrapped to the top · saing · match 1/3 · article 1/2")
        state.press("N")
        #expect(state.openArticle?.article.id == "pasar")
        #expect(state.status == "wrapped to the bottom · saing · match 1/1 · article 2/2")
        state.press("N")
        #expect(state.openArticle?.article.id == "saingan")
        #expect(state.cursorWord?.text == "bersaing")
        #expect(state.status == "saing · match 3/3 · article 1/2")
    }

    @Test func nFromAnArticleWithoutMatchesGoesToTheFirstResult() {
        var state = Self.searched()
        state.press("Enter")
        state.press("Tab Tab Tab Tab g Enter")  // the list: open cuaca, the first article
        #expect(state.openArticle?.article.id == "cuaca")
        state.press("n")
        #expect(state.openArticle?.article.id == "saingan")
        #expect(state.status == "saing · match 1/3 · article 1/2")
    }

    @Test func nBeforeAnySearchSaysSo() {
        var state = SearchFixtures.state()
        state.press("n")
        #expect(state.status == "No search yet: press / to search.")
    }

    @Test func escCancelsThePromptAndKeysWorkAgain() {
        var state = SearchFixtures.state()
        state.press("/ s a Esc")
        #expect(state.prompt == nil)
        #expect(state.lastSearch == nil)
        #expect(state.screen[23].contains("q quit"))
        // The answer to the cancelled search is dropped.
        _ = state.update(.searchResults(generation: state.searchGeneration, SearchFixtures.saing))
        #expect(state.prompt == nil)
        state.press("j")
        #expect(state.selected == 1)
    }

    @Test func escOutsideThePromptHidesTheMarksAndNShowsThemAgain() {
        var state = Self.searched()
        state.press("Enter Esc")
        #expect(state.searchMarksHidden)
        let text = state.layout.articleText
        #expect(!view(state)[text.x + 1, text.y].style.modifiers.contains(.underline))
        state.press("n")
        #expect(!state.searchMarksHidden)
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToWhatWasTyped() {
        var state = SearchFixtures.state()
        state.searchHistory = SearchHistory(["banjir", "saing"])
        state.press("/ a")
        state.press("Up")
        #expect(state.prompt?.query == "saing")
        #expect(state.screen[23] == "/saing")
        state.press("Up")
        #expect(state.prompt?.query == "banjir")
        state.press("Up")  // the oldest stays
        #expect(state.prompt?.query == "banjir")
        state.press("Down")
        #expect(state.prompt?.query == "saing")
        state.press("Down")
        #expect(state.prompt?.query == "a")
    }

    @Test func aSearchGoesToTheEndOfTheHistory() {
        var state = Self.searched()
        state.searchHistory = SearchHistory(["saing", "banjir"])
        state.press("Enter")
        #expect(state.searchHistory.entries == ["banjir", "saing"])
    }

    @Test func editingKeys() {
        var state = SearchFixtures.state()
        state.press("/ a b c Space d e f C-w")
        #expect(state.prompt?.query == "abc ")
        state.press("C-w")
        #expect(state.prompt?.query == "")
        state.press("x z Left y")
        #expect(state.prompt?.query == "xyz")
        #expect(state.prompt?.caret == 2)
        state.press("Right Backspace")
        #expect(state.prompt?.query == "xy")
        state.press("C-u")
        #expect(state.prompt?.query == "")
        // Keys that are commands elsewhere are typed here: q, j, n, ?.
        state.press("q j n ?")
        #expect(state.prompt?.query == "qjn?")
        // Ctrl-L and Ctrl-C still do what they do everywhere.
        #expect(state.press("C-l") == [.redraw])
        #expect(state.press("C-c") == [.quit(130)])
    }

    @Test func helpListsTheSearchCommands() {
        var state = SearchFixtures.state(height: 60)
        state.press("?")
        let screen = state.screen
        #expect(screen.contains { $0.contains("/") && $0.contains("search the articles (results as you type)") })
        #expect(screen.contains { $0.contains("n") && $0.contains("next match of the last search (across articles)") })
        #expect(screen.contains { $0.contains("N") && $0.contains("previous match of the last search") })
        #expect(screen.contains { $0.contains("Up") && $0.contains("older query from the history (search prompt)") })
        #expect(screen.contains { $0.contains("C-n Tab") && $0.contains("next result (search prompt)") })
    }
}
