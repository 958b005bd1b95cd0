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
    let worker = SearchWorker()
    var searchOpening = false
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

        public init(pendingSignal: @escaping () -> Int32? = { nil }, suspend: @escaping () -> Void = {},
                    setMouse: @escaping (Bool) -> Void = { _ in }) {
            self.pendingSignal = pendingSignal
            self.suspend = suspend
            self.setMouse = setMouse
        }
    }

    /// - Parameters:
    ///   - openSearch: opens the search engine; run once, in the background, when the loop starts.
    ///   - historyFile: where searched queries are recorded (nowhere when nil).
    public init(state: AppState, backend: Backend, hooks: Hooks = Hooks(),
                openSearch: (@Sendable () -> SearchEngineLoad)? = nil, historyFile: SearchHistoryFile? = nil) {
        self.state = state
        self.backend = backend
        self.terminal = Terminal(backend: backend)
        self.hooks = hooks
        self.openSearch = openSearch
        self.historyFile = historyFile
    }

    /// Runs until a quit effect or a signal, and returns the exit status.
    /// With `stopWhenIdle` (tests), it also returns 0 once the backend has no more events
    /// and no background work is left.
    public func run(pollMilliseconds: Int = 100, stopWhenIdle: Bool = false) -> Int32 {
        let size = backend.size
        _ = state.update(.resize(width: size.width, height: size.height))
        if state.corpusPending {
            let articles = state.articles
            worker.run { .corpusAnalysed(CorpusFacts.compute(articles)) }
        }
        if let openSearch, !searchOpening {
            searchOpening = true
            worker.run { openSearch().message }
        }
        redraw()
        while true {
            if let signal = hooks.pendingSignal() { return 128 + signal }
            let event = backend.pollEvent(timeoutMilliseconds: worker.pollTimeout(pollMilliseconds))
            var messages = event.map { [Message($0)] } ?? []
            worker.fireIfDue(engine: state.searchEngine)
            messages += worker.drain()
            if messages.isEmpty {
                if stopWhenIdle {
                    if worker.isIdle { return 0 }
                    usleep(1000)
                }
                continue
            }
            for message in messages {
                if let status = apply(message) { return status }
            }
            redraw()
        }
    }

    /// Applies one message and carries out its effects; returns an exit status to stop.
    func apply(_ message: Message) -> Int32? {
        for effect in state.update(message) {
            switch effect {
            case .quit(let status):
                return status
            case .suspend:
                hooks.suspend()
                let size = backend.size
                _ = state.update(.resize(width: size.width, height: size.height))
                terminal.invalidate()
            case .redraw:
                terminal.invalidate()
            case .setMouse(let on):
                hooks.setMouse(on)
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

    func redraw() {
        render(state, into: &frame)
        terminal.present(&frame)
    }
}
