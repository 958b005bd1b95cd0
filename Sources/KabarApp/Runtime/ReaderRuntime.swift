import Foundation
import KabarTUI

/// Runs the reader on any backend: draws the state, reads events, applies `update`, and
/// carries out effects. The real terminal and the test backend both go through here.
///
/// Searches, opening the search index and writing the history run on a background worker;
/// their answers come back as messages between terminal events.
public final class ReaderRuntime {
    public private(set) var state: AppState
    let backend: Backend
    let terminal: Terminal
    let hooks: Hooks
    let openSearch: (@Sendable () -> SearchEngineLoad)?
    let historyFile: SearchHistoryFile?
    let source: ArticleSource?
    /// Looks at the open article's file, when the articles have a source.
    var fileWatch: OpenFileWatch?
    let worker = SearchWorker()
    /// Finds the corpus's names and dates, apart from the searches: a long analysis does not
    /// hold up a search.
    let analysisWorker = SearchWorker()
    var searchOpening = false
    /// Articles being read (at start for a large folder, or for `R`).
    var pendingLoad: PendingLoad?
    /// Whether `run(stopWhenIdle:)` waits for articles being read; a test turns it off to
    /// look at the screen while they are.
    public var waitsForArticles = true
    /// The buffer each frame is rendered into, recycled from frame to frame.
    var frame = Buffer(width: 0, height: 0)

    /// What only the real terminal can do. The defaults do nothing, for tests.
    public struct Hooks {
        /// A signal that asks the reader to stop (SIGTERM, SIGHUP, SIGINT), polled between events.
        public var pendingSignal: () -> Int32?
        /// Give the terminal back to the shell until resumed (Ctrl-Z).
        public var suspend: () -> Void
        /// Turn mouse reporting on or off (`M`).
        public var setMouse: (Bool) -> Void
        /// Whether SIGTSTP asked to suspend since the last call: then the reader suspends as
        /// for Ctrl-Z.
        public var suspendRequested: () -> Bool
        /// Whether the process was continued (SIGCONT) since the last call: then every cell
        /// is repainted.
        public var redrawRequested: () -> Bool

        public init(pendingSignal: @escaping () -> Int32? = { nil }, suspend: @escaping () -> Void = {},
                    setMouse: @escaping (Bool) -> Void = { _ in },
                    suspendRequested: @escaping () -> Bool = { false }, redrawRequested: @escaping () -> Bool = { false }) {
            self.pendingSignal = pendingSignal
            self.suspend = suspend
            self.setMouse = setMouse
            self.suspendRequested = suspendRequested
            self.redrawRequested = redrawRequested
        }
    }

    /// - Parameters:
    ///   - openSearch: opens the search engine; run once, in the background, when the loop starts.
    ///   - historyFile: where searched queries are recorded (nowhere when nil).
    ///   - source: where the articles came from: the open article's file is watched, and
    ///     `R` reads them again (without it, `R` says it can't).
    ///   - startingLoad: the articles still being read, for a state made by
    ///     `AppState.startingUp`: their progress is shown until they arrive.
    public init(state: AppState, backend: Backend, hooks: Hooks = Hooks(),
                openSearch: (@Sendable () -> SearchEngineLoad)? = nil, historyFile: SearchHistoryFile? = nil,
                source: ArticleSource? = nil, startingLoad: PendingLoad? = nil) {
        self.state = state
        self.backend = backend
        self.terminal = Terminal(backend: backend)
        self.hooks = hooks
        self.openSearch = openSearch
        self.historyFile = historyFile
        self.source = source
        self.fileWatch = source.map { OpenFileWatch(loadedAt: $0.loadedAt) }
        self.pendingLoad = startingLoad
    }

    /// Runs until a quit effect or a signal, and returns the exit status.
    /// With `stopWhenIdle` (tests), it also returns 0 once the backend has no more events
    /// and no background work is left.
    public func run(pollMilliseconds: Int = 100, stopWhenIdle: Bool = false) -> Int32 {
        let size = backend.size
        _ = state.update(.resize(width: size.width, height: size.height))
        if state.corpusPending && !state.startingUp { analyseCorpus() }
        if !searchOpening {
            searchOpening = true
            // Articles still being read open the search engine when they arrive.
            if !state.startingUp { startSearch() }
        }
        redraw()
        while true {
            if let signal = hooks.pendingSignal() { return 128 + signal }
            if hooks.suspendRequested() {
                suspend()
                redraw()
            }
            if hooks.redrawRequested() {
                terminal.invalidate()
                redraw()
            }
            var timeout = worker.pollTimeout(analysisWorker.pollTimeout(pollMilliseconds))
            if pendingLoad != nil { timeout = timeout < 0 ? Self.loadPollMilliseconds : min(timeout, Self.loadPollMilliseconds) }
            let event = backend.pollEvent(timeoutMilliseconds: timeout)
            var messages = event.map { [Message($0)] } ?? []
            worker.fireIfDue(engine: state.searchEngine)
            messages += worker.drain()
            messages += analysisWorker.drain()
            messages += takeLoad()
            for message in messages {
                if let status = apply(message) { return status }
            }
            // After the key: the article it opened is the one looked at.
            let change = checkOpenFile(afterInput: event != nil)
            if let change { _ = apply(change) }
            if messages.isEmpty && change == nil {
                if stopWhenIdle {
                    if worker.isIdle && analysisWorker.isIdle && (pendingLoad == nil || !waitsForArticles) { return 0 }
                    usleep(1000)
                }
                continue
            }
            redraw()
        }
    }

    /// Applies one message and carries out its effects; returns an exit status to stop.
    func apply(_ message: Message) -> Int32? {
        if case .articlesReloaded(let reload) = message, reload.failure == nil {
            fileWatch?.reset(loadedAt: reload.loadedAt)
        }
        for effect in state.update(message) {
            switch effect {
            case .quit(let status):
                return status
            case .suspend:
                suspend()
            case .redraw:
                terminal.invalidate()
            case .setMouse(let on):
                hooks.setMouse(on)
            case .reloadArticles:
                guard let source else {
                    state.loading = nil
                    _ = state.update(.notice("these articles can't be reloaded"))
                    continue
                }
                // A newer reload (files changed at the index's check) replaces one under way.
                pendingLoad = PendingLoad(source.load)
            case .reopenSearch:
                startSearch()
            case .analyseCorpus:
                analyseCorpus()
            case .search(let request):
                worker.schedule(request)
            case .recordSearch(let query):
                guard let historyFile else { continue }
                worker.run {
                    do {
                        try historyFile.record(query)
                        return nil
                    } catch {
                        return .notice("Search history not saved to \(historyFile.path): \(error.localizedDescription)")
                    }
                }
            }
        }
        return nil
    }

    /// How often the loop looks at articles being read, to show their progress.
    static let loadPollMilliseconds = 100

    /// The progress of the articles being read, and the articles once they are there.
    func takeLoad() -> [Message] {
        guard let load = pendingLoad else { return [] }
        var messages: [Message] = []
        if let progress = load.newProgress() { messages.append(.loadProgress(progress)) }
        if let result = load.done {
            pendingLoad = nil
            messages.append(.articlesReloaded(result))
        }
        return messages
    }

    /// Gives the terminal back and stops (Ctrl-Z, SIGTSTP); once continued, lays out again
    /// for the terminal's size and repaints every cell on the next redraw.
    func suspend() {
        hooks.suspend()
        let size = backend.size
        _ = state.update(.resize(width: size.width, height: size.height))
        terminal.invalidate()
    }

    /// Opens (or, after a reload, updates and opens again) the search index in the background.
    func startSearch() {
        guard let openSearch else { return }
        worker.run { openSearch().message }
    }

    /// Finds the corpus's entities and timeline in the background.
    func analyseCorpus() {
        let articles = state.articles
        let generation = state.corpusGeneration
        let known = state.storedAnalysis
        let snapshot = state
        analysisWorker.run {
            var facts = CorpusFacts.compute(articles, generation: generation, known: known)
            // The panes' rows too: the loop only takes them.
            facts.prepared = PreparedCorpus(CorpusView(facts, articles: articles, state: snapshot))
            return .corpusAnalysed(facts)
        }
    }

    /// A message when the open article's file was deleted or rewritten since it was read.
    func checkOpenFile(afterInput input: Bool) -> Message? {
        guard fileWatch != nil, let article = state.openArticle?.article else { return nil }
        return fileWatch?.check(id: article.id, path: article.path, now: SearchWorker.now(), input: input)
    }

    func redraw() {
        render(state, into: &frame)
        terminal.present(&frame)
    }
}
