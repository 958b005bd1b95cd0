import KabarCore
import KabarTUI

/// Everything the reader shows, as a value. `update(_:)` changes it; `view(_:)` draws it.
public struct AppState: Sendable {
    public var articles: [AnalyzedArticle]
    public var theme: Theme
    public var keymap: Keymap
    /// The morphological analyser and its glossary, shared by every pane.
    public var analyzer: MorphAnalyzer
    public var layout: ScreenLayout
    public var focus: Pane = .list
    public var overlay: Overlay?
    public var overlayScroll = 0

    /// The highlighted row of the article list, and the first row shown.
    public var selected = 0
    public var listOffset = 0

    /// The article shown in the centre pane, laid out for the pane's width.
    public var openIndex: Int?
    public var document: ArticleDocument?
    /// The first document line shown, and the word under the cursor.
    public var scroll = 0
    public var cursor = 0

    /// The corpus's entities and where each mention is.
    public internal(set) var navigation: EntityNavigation
    /// Word index in the open document → entity index, for highlighting.
    public var entityWords: [Int: Int] = [:]
    /// The entities pane: the selected row, and whether it lists the whole corpus.
    public var entitySelection = 0
    public var entityScopeAll = false

    /// Every time expression of the corpus in calendar order, and the article index of each.
    public internal(set) var timeline: [TimelineEvent] = []
    public internal(set) var timelineArticles: [Int] = []
    /// The panes' rows over the whole corpus, and each article's events: made when the
    /// facts change, not for every frame (a large corpus has hundreds of thousands); in the
    /// background for a large corpus (`PreparedCorpus`).
    var allTimelineRows: [TimelineRow] = []
    var timelineEventsByArticle: [Int: [Int]] = [:]
    var allEntityRows: [EntityRow] = []
    /// The timeline pane: the selected event row, and whether it shows the open article only.
    public var timelineSelection = 0
    public var timelineArticleOnly = false
    /// The time expression highlighted in the article after a jump from the timeline.
    public var timeHighlight: TimeHighlight?

    /// A one-line message for the status line (warnings, hints); cleared by the next key.
    public var status: String?

    /// Search: the engine (nil until the index is open), what the prompt says until then,
    /// the query history, the `/` prompt while it is open, and the last search run from it.
    public var searchEngine: (any SearchEngine)?
    public var searchNote: String? = AppState.indexingNote
    public var searchHistory = SearchHistory()
    public var prompt: SearchPrompt?
    public var lastSearch: SearchSession?
    public static let indexingNote = "indexing…"
    /// The newest search generation handed out; older answers are dropped.
    public var searchGeneration = 0
    /// The open article's words under the last search's matches, one range per match, and
    /// whether `Esc` has hidden the marks (`n`, `N` and a new search show them again).
    public var searchWords: [Range<Int>] = []
    public var searchMarksHidden = false
    /// The themes `T` cycles through, the terminal's colours, mouse reporting and the
    /// configured pane widths: see `AppState+Settings.swift`.
    public var themeRing = ThemeRing.builtIn
    public var colorDepth = ColorDepth.palette256
    public var mouseEnabled = true
    public var paneWidths = PaneWidths()
    /// The corpus's entities and timeline are still being found in the background.
    public var corpusPending = false
    /// The articles came from the search index without checking the files (a fast start):
    /// when the search engine, opening, finds files changed, they are read again.
    public var articlesUnchecked = false
    /// Counts reloads (`R`), so that entities and timeline found before one are dropped.
    public var corpusGeneration = 0
    /// What the search index holds of the articles' names and dates, until the corpus's
    /// facts are made from it (`CorpusFacts.compute(known:)`).
    public var storedAnalysis: [StoredAnalysis]?
    /// How far the articles being read (at start or for `R`) have got; nil when not reading.
    public var loading: LoadProgress?
    /// The reader opened before its articles were read (a large folder): it shows their
    /// progress until they arrive. See `startReading()`.
    public internal(set) var startingUp = false
    /// Why the reader stopped at start: nothing could be read, or no articles were found.
    public internal(set) var startFailure: String?
    /// The settings' warning the reader started with, shown again when the articles arrive.
    var startNotice: String?

    public init(articles: [AnalyzedArticle], warnings: [String] = [], theme: Theme = .default,
                keymap: Keymap = .default, analyzer: MorphAnalyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn),
                width: Int = 80, height: Int = 24) {
        self.articles = articles
        self.analyzer = analyzer
        self.theme = theme
        self.keymap = keymap
        self.layout = ScreenLayout(width: width, height: height)
        self.navigation = EntityNavigation(entities: [], articleIDs: articles.map(\.article.id))
        if AppState.analysesAtOnce(articles) {
            apply(CorpusFacts.compute(articles))
        } else {
            corpusPending = true
        }
        if let first = warnings.first {
            status = warnings.count == 1 ? "warning: \(first)" : "warning: \(first) (+\(warnings.count - 1) more)"
        }
        if !articles.isEmpty { open(0) }
    }

    /// A reader whose articles are still being read: it shows their progress, and takes them
    /// from the `.articlesReloaded` message that brings them.
    /// - Parameter headers: what can be shown meanwhile: the articles' titles, sources and
    ///   dates with empty texts (the first, opened, usually whole). See `WarmStart.headers`.
    public static func startingUp(headers: [AnalyzedArticle] = [], warnings: [String] = [], theme: Theme = .default,
                                  keymap: Keymap = .default,
                                  analyzer: MorphAnalyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn),
                                  width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(articles: [], warnings: warnings, theme: theme, keymap: keymap, analyzer: analyzer,
                             width: width, height: height)
        state.startingUp = true
        state.articles = headers
        state.navigation = EntityNavigation(entities: [], articleIDs: headers.map(\.article.id))
        if !headers.isEmpty { state.open(0) }
        state.startNotice = state.status
        // Until the articles arrive, their names and dates are "being found", not missing.
        state.corpusPending = true
        state.loading = LoadProgress(step: "reading", done: 0, total: 0)
        return state
    }

    /// Convenience for tests and the CLI: analyses the articles first.
    public init(articles: [Article], warnings: [String] = [], width: Int = 80, height: Int = 24) {
        self.init(articles: articles.map { AnalyzedArticle($0) }, warnings: warnings, width: width, height: height)
    }

    public var openArticle: AnalyzedArticle? {
        openIndex.map { articles[$0] }
    }

    /// The word under the cursor, if an article is open.
    public var cursorWord: DocumentWord? {
        guard let document, document.words.indices.contains(cursor) else { return nil }
        return document.words[cursor]
    }

    /// Visible text rows in the article pane.
    var articleHeight: Int { max(1, layout.articleText.height) }
    var listHeight: Int { max(1, layout.listRows.height) }

    public var maxScroll: Int { max(0, (document?.lines.count ?? 0) - articleHeight) }

    /// Shows article `index` in the centre pane, from the top.
    mutating func open(_ index: Int) {
        guard articles.indices.contains(index) else { return }
        openIndex = index
        document = ArticleDocument(articles[index], width: layout.articleText.width, theme: theme,
                                   textPending: textPending(index))
        scroll = 0
        cursor = 0
        if !entityScopeAll { entitySelection = 0 }
        if timelineArticleOnly { timelineSelection = 0 }
        timeHighlight = nil
        mapEntityWords()
        mapSearchWords()
    }

    /// Whether article `index` is a header whose text is still being read.
    func textPending(_ index: Int) -> Bool {
        startingUp && articles[index].article.blocks.isEmpty
    }

    /// Marks the document words that belong to entity mentions.
    mutating func mapEntityWords() {
        entityWords = [:]
        guard let openIndex, let document else { return }
        // Words and stops are both in reading order (title first, then by offset): one pass
        // over each, so a long article with many mentions costs no more than its length.
        let words = document.words
        func order(_ field: TextField, _ start: Int) -> (Int, Int) { (field == .title ? 0 : 1, start) }
        var first = 0
        for stop in navigation.stops(inArticle: openIndex) {
            let mention = stop.mention
            while first < words.count, order(words[first].field, words[first].start) < order(mention.field, mention.start) { first += 1 }
            var index = first
            while index < words.count, words[index].field == mention.field, words[index].start < mention.end {
                entityWords[index] = stop.entity
                index += 1
            }
        }
    }

    /// Lays the open article out again for the current size, keeping the cursor word in view.
    mutating func relayout() {
        guard let openIndex else { return }
        let word = cursorWord
        document = ArticleDocument(articles[openIndex], width: layout.articleText.width, theme: theme, textPending: textPending(openIndex))
        if let word, let document,
           let index = document.words.firstIndex(where: { $0.field == word.field && $0.start == word.start }) {
            cursor = index
        } else {
            cursor = 0
        }
        scroll = min(scroll, maxScroll)
        mapEntityWords()
        mapSearchWords()
        revealCursor()
        listOffset = ListView.offset(keeping: selected, visible: listHeight, current: listOffset)
    }

    /// Scrolls so that the cursor word is visible.
    mutating func revealCursor() {
        guard let word = cursorWord else { return }
        if word.line < scroll { scroll = word.line }
        if word.line >= scroll + articleHeight { scroll = word.line - articleHeight + 1 }
        scroll = max(0, min(scroll, maxScroll))
    }

    /// Moves the cursor into the visible lines after a scroll.
    mutating func keepCursorInView() {
        guard let word = cursorWord, let document else { return }
        if word.line < scroll, let index = document.firstWord(onOrAfter: scroll) {
            cursor = index
        } else if word.line >= scroll + articleHeight, let index = document.lastWord(onOrBefore: scroll + articleHeight - 1) {
            cursor = index
        }
    }
}
