import KabarTUI

/// The `/` prompt in `update`: editing, history, the results list, and the messages that
/// bring the engine and the answers. Searching itself is an effect the runtime runs.
extension AppState {
    /// `/`: opens an empty prompt.
    mutating func openPrompt() -> [Effect] {
        prompt = SearchPrompt()
        return []
    }

    mutating func handlePrompt(key: Key) -> [Effect] {
        guard var prompt else { return [] }
        // Ctrl-C, Ctrl-L and Ctrl-Z keep working; every other key belongs to the prompt.
        if keymap.prompt[key] == nil, !key.isCharacter, let command = keymap.command(for: key, in: focus),
           [.interrupt, .redraw, .suspend].contains(command) {
            return perform(command)
        }
        var changed = false
        switch keymap.prompt[key] {
        case .cancelSearch:
            self.prompt = nil
            return []
        case .openResult:
            return acceptPrompt()
        case .nextResult, .previousResult:
            let count = prompt.results?.hits.count ?? 0
            guard count > 0 else { break }
            let step = keymap.prompt[key] == .nextResult ? 1 : -1
            prompt.selection = (prompt.selection + step + count) % count
        case .olderQuery: changed = prompt.older(in: searchHistory)
        case .newerQuery: changed = prompt.newer(in: searchHistory)
        case .deleteBackward: changed = prompt.deleteBackward()
        case .deleteWord: changed = prompt.deleteWord()
        case .clearQuery: changed = prompt.clear()
        case .caretLeft: prompt.moveCaret(by: -1)
        case .caretRight: prompt.moveCaret(by: 1)
        case nil:
            if case .char(let character) = key { changed = prompt.insert(character) }
        default:
            break
        }
        if changed { prompt.openWhenReady = false }
        self.prompt = prompt
        return changed ? queryChanged(delay: SearchRequest.debounceMilliseconds) : []
    }

    /// A new query: a new generation, so that answers to older ones are dropped, and a
    /// search after `delay` (none for an empty query, or before the engine is ready).
    mutating func queryChanged(delay: Int) -> [Effect] {
        guard var prompt else { return [] }
        searchGeneration += 1
        prompt.generation = searchGeneration
        let query = prompt.query
        let blank = query.allSatisfy(\.isWhitespace)
        if blank {
            prompt.results = nil
            prompt.selection = 0
        }
        prompt.waiting = !blank && searchEngine != nil
        self.prompt = prompt
        guard prompt.waiting else { return [] }
        return [.search(SearchRequest(query: query, generation: searchGeneration, delayMilliseconds: delay))]
    }

    /// `Enter`: opens the selected result; before its answer has come, searches at once
    /// and opens the first result when the answer comes.
    mutating func acceptPrompt() -> [Effect] {
        guard var prompt else { return [] }
        let query = prompt.query
        if query.allSatisfy(\.isWhitespace) {
            self.prompt = nil
            return []
        }
        if searchEngine == nil || prompt.waiting || prompt.results == nil {
            if searchEngine == nil && searchNote != AppState.indexingNote {
                status = searchNote
                return []
            }
            prompt.openWhenReady = true
            prompt.selection = 0
            self.prompt = prompt
            if searchEngine == nil {
                status = "Still indexing: the search runs when the index is ready."
                return []
            }
            return [.search(SearchRequest(query: query, generation: prompt.generation, delayMilliseconds: 0))]
        }
        let answer = prompt.results ?? SearchAnswer(query: query, hits: [])
        self.prompt = nil
        searchHistory.add(query)
        lastSearch = SearchSession(answer, articles: articles)
        searchMarksHidden = false
        mapSearchWords()
        if answer.hits.isEmpty {
            status = "No articles match “\(query)”."
        } else {
            openResult(answer.hits[min(prompt.selection, answer.hits.count - 1)])
        }
        return [.recordSearch(query)]
    }

    /// The runtime's search messages.
    mutating func handleSearch(_ message: Message) -> [Effect] {
        switch message {
        case .searchEngineReady(let handle, let warning):
            searchEngine = handle.engine
            searchNote = nil
            if let warning { status = warning }
            // A fast start showed the index's articles; files changed since: read them again.
            if articlesUnchecked {
                articlesUnchecked = false
                if handle.engine.filesChangedAtOpen { return [.reloadArticles] }
            }
            // Whatever was typed while the index was being opened is searched now.
            if let prompt, !prompt.query.allSatisfy(\.isWhitespace) { return queryChanged(delay: 0) }
        case .searchEngineFailed(let reason):
            searchNote = "search unavailable: \(reason)"
            status = searchNote
            if prompt != nil { prompt?.openWhenReady = false }
        case .searchResults(let generation, let answer):
            guard var prompt, prompt.generation == generation else { return [] }  // stale
            prompt.results = answer
            prompt.waiting = false
            prompt.selection = 0
            self.prompt = prompt
            if prompt.openWhenReady { return acceptPrompt() }
        case .notice(let text):
            status = text
        default:
            break
        }
        return []
    }
}

extension Key {
    var isCharacter: Bool {
        if case .char = self { return true }
        return false
    }
}
