import KabarCore
import KabarTUI

/// Opening a search result, the marks on its matches, and `n`/`N` from match to match
/// across the found articles.
extension AppState {
    /// Marks the open article's words that the last search matched, one range per match.
    mutating func mapSearchWords() {
        searchWords = []
        guard let openIndex, let document, let lastSearch else { return }
        let words = document.words
        func order(_ field: TextField, _ start: Int) -> (Int, Int) { (field == .title ? 0 : 1, start) }
        var first = 0
        for match in lastSearch.matches(inArticle: openIndex) {
            while first < words.count, order(words[first].field, words[first].start) < order(match.field, match.start) { first += 1 }
            var end = first
            while end < words.count, words[end].field == match.field, words[end].start < match.end { end += 1 }
            if end > first { searchWords.append(first..<end) }
        }
    }

    /// `Enter` on a result: the article, with the cursor on its first match.
    mutating func openResult(_ hit: SearchAnswer.Hit) {
        guard let lastSearch, let found = lastSearch.found.first(where: {
            articles[$0.article].article.path == hit.path || articles[$0.article].article.id == hit.articleID
        }) else {
            status = "“\(hit.articleID)” is not among the open articles."
            return
        }
        show(article: found.article)
        focus = .article
        if searchWords.isEmpty {
            status = "\(lastSearch.query) · no words to mark in this article"
        } else {
            go(toMatch: 0, wrapped: nil)
        }
    }

    /// `n` / `N`: the next or previous match after the cursor; past this article's last
    /// match, the first match of the next found article (in result order), wrapping around.
    mutating func jumpToMatch(forward: Bool) {
        guard let lastSearch else {
            status = "No search yet: press / to search."
            return
        }
        let stops = lastSearch.withMatches
        guard !stops.isEmpty else {
            status = "Nothing to go to: “\(lastSearch.query)” matched no words."
            return
        }
        searchMarksHidden = false
        let position = stops.firstIndex { $0.article == openIndex }
        if position != nil, let match = nextMatch(forward: forward) {
            go(toMatch: match, wrapped: nil)
            return
        }
        var wrapped: String?
        var target: Int
        if let position {
            target = position + (forward ? 1 : -1)
            if target == stops.count || target < 0 {
                target = forward ? 0 : stops.count - 1
                wrapped = forward ? "wrapped to the top" : "wrapped to the bottom"
            }
        } else {
            target = forward ? 0 : stops.count - 1
        }
        show(article: stops[target].article)
        guard !searchWords.isEmpty else { return }
        go(toMatch: forward ? 0 : searchWords.count - 1, wrapped: wrapped)
    }

    /// The match after (or before) the cursor in the open article.
    func nextMatch(forward: Bool) -> Int? {
        if forward { return searchWords.firstIndex { $0.lowerBound > cursor } }
        return searchWords.lastIndex { $0.lowerBound < cursor }
    }

    /// Opens an article (unless it is open) and selects it in the list.
    mutating func show(article index: Int) {
        if index != openIndex { open(index) }
        selected = index
        listOffset = ListView.offset(keeping: selected, visible: listHeight, current: listOffset)
    }

    /// Puts the cursor on match `number` of the open article and says where it is.
    mutating func go(toMatch number: Int, wrapped: String?) {
        cursor = searchWords[number].lowerBound
        revealCursor()
        let place = matchStatus(number)
        status = wrapped.map { "\($0) · \(place)" } ?? place
    }

    /// "saing · match 1/7 · article 1/3": the match in this article, the article among
    /// the found articles with matches.
    func matchStatus(_ number: Int) -> String {
        guard let lastSearch else { return "" }
        let stops = lastSearch.withMatches
        let article = (stops.firstIndex { $0.article == openIndex } ?? 0) + 1
        return "\(lastSearch.query) · match \(number + 1)/\(searchWords.count) · article \(article)/\(stops.count)"
    }
}
