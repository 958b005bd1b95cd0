import KabarCore
import KabarTUI

extension AppState {
    /// Takes the articles the reader started without (a large folder): the first is opened,
    /// as at an ordinary start. With none at all the reader stops, and says why.
    mutating func start(with reload: ArticleReload) -> [Effect] {
        startingUp = false
        if reload.failure != nil || reload.articles.isEmpty {
            startFailure = reload.failure ?? "no articles found"
            return [.quit(1)]
        }
        let effects = apply(reload)
        articlesUnchecked = reload.unchecked
        let count = "\(LoadProgress.grouped(articles.count)) article\(articles.count == 1 ? "" : "s")"
        status = reload.warnings.first.map { first in
            "\(count) · warning: \(first)" + (reload.warnings.count > 1 ? " (+\(reload.warnings.count - 1) more)" : "")
        } ?? startNotice
        return effects
    }

    /// Takes the articles read again from disk. The open article stays open (at the same
    /// word) when it still exists; otherwise the article now in its place is opened. The
    /// status line says what happened. Overlays, the search prompt and the last search's
    /// marks refer to the old articles and are closed.
    mutating func apply(_ reload: ArticleReload) -> [Effect] {
        if let failure = reload.failure {
            status = "reload failed, the articles shown are kept: \(failure)"
            return []
        }
        let openID = openArticle?.article.id
        let openPosition = openIndex ?? 0
        let selectedID = articles.indices.contains(selected) ? articles[selected].article.id : nil
        let word = cursorWord
        let oldScroll = scroll

        articles = reload.articles
        overlay = nil
        prompt = nil
        lastSearch = nil
        searchWords = []
        openIndex = nil
        document = nil
        entitySelection = 0
        timelineSelection = 0
        corpusGeneration += 1
        var effects: [Effect] = [.reopenSearch]
        if AppState.analysesAtOnce(articles) {
            apply(CorpusFacts.compute(articles, generation: corpusGeneration, known: reload.analysis))
        } else {
            apply(CorpusFacts(generation: corpusGeneration))
            storedAnalysis = reload.analysis
            corpusPending = true
            effects.append(.analyseCorpus)
        }

        let ids = articles.map(\.article.id)
        selected = selectedID.flatMap { ids.firstIndex(of: $0) } ?? min(selected, max(0, articles.count - 1))
        var message = "\(articles.count) article\(articles.count == 1 ? "" : "s") reloaded"
        if let openID, let index = ids.firstIndex(of: openID) {
            open(index)
            if let word, let document,
               let same = document.words.firstIndex(where: { $0.field == word.field && $0.start == word.start }) {
                cursor = same
            }
            scroll = min(oldScroll, maxScroll)
            revealCursor()
        } else {
            if let openID { message = "article \(openID) was deleted · " + message }
            if !articles.isEmpty { open(min(openPosition, articles.count - 1)) }
        }
        listOffset = ListView.offset(keeping: selected, visible: listHeight, current: listOffset)
        if let first = reload.warnings.first {
            let more = reload.warnings.count > 1 ? " (+\(reload.warnings.count - 1) more)" : ""
            message += " · warning: \(first)\(more)"
        }
        status = message
        return effects
    }

    /// The open article's file changed on disk: say so, and which key reloads.
    mutating func noteFileChange(articleID: String, _ change: FileChange) {
        guard openArticle?.article.id == articleID else { return }
        let what = change == .deleted ? "was deleted" : "changed"
        let key = keymap.keys(for: .reload).global.first.map { " · \($0.displayName) reloads" } ?? ""
        status = "the file of \(articleID) \(what) on disk\(key)"
    }
}
