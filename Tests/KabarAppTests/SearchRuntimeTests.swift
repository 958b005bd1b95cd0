@testable import KabarApp
import Foundation
import KabarCore
import KabarTUI
import Testing

/// Searches through the runtime: debounced, run in the background, answers brought back by
/// the loop; the engine opened in the background; the history written.
@Suite struct SearchRuntimeTests {
    static let millisecond: UInt64 = 1_000_000

    @Test func onlyTheLastRequestOfABurstRunsOnceItsDelayHasPassed() throws {
        let worker = SearchWorker()
        let engine = SearchFixtures.engine()
        worker.schedule(SearchRequest(query: "sa", generation: 1, delayMilliseconds: 120), now: 0)
        worker.schedule(SearchRequest(query: "saing", generation: 2, delayMilliseconds: 120), now: 50 * Self.millisecond)
        #expect(worker.pollTimeout(100, now: 100 * Self.millisecond) == 70)
        worker.fireIfDue(engine: engine, now: 169 * Self.millisecond)
        #expect(worker.isIdle == false)
        #expect(engine.queries.isEmpty)
        worker.fireIfDue(engine: engine, now: 170 * Self.millisecond)
        var messages: [Message] = []
        for _ in 0..<2000 where messages.isEmpty {
            messages = worker.drain()
            if messages.isEmpty { usleep(1000) }
        }
        #expect(engine.queries == ["saing"])
        #expect(messages == [.searchResults(generation: 2, SearchFixtures.saing)])
        #expect(worker.isIdle)
    }

    @Test func aRequestOverTakenBeforeItRunsIsSkipped() {
        let worker = SearchWorker()
        let engine = SearchFixtures.engine()
        worker.schedule(SearchRequest(query: "sa", generation: 1, delayMilliseconds: 0), now: 0)
        worker.schedule(SearchRequest(query: "saing", generation: 1, delayMilliseconds: 0), now: 0)
        worker.fireIfDue(engine: engine, now: 0)
        // Asking again for a generation already started changes nothing.
        worker.schedule(SearchRequest(query: "saing", generation: 1, delayMilliseconds: 0), now: 0)
        worker.fireIfDue(engine: engine, now: 0)
        while !worker.isIdle { _ = worker.drain(); usleep(1000) }
        #expect(engine.queries.count == 1)
    }

    @Test func theLoopRunsTheSearchInTheBackgroundAndShowsTheAnswer() throws {
        let engine = SearchFixtures.engine()
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue(KeyParser.keys("/ s a i n g").map(InputEvent.key))
        let runtime = ReaderRuntime(state: SearchFixtures.state(engine: engine), backend: backend)
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(engine.queries.last == "saing")
        #expect(backend.lines[11].hasPrefix("│ Persaingan Ketat  saingan"))
        #expect(backend.lines[23] == "/saing")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-rt-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        backend.enqueue([.key(.enter)])
        let history = SearchHistoryFile(environment: ["XDG_STATE_HOME": folder])
        let second = ReaderRuntime(state: runtime.state, backend: backend, historyFile: history)
        #expect(second.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(second.state.openArticle?.article.id == "saingan")
        #expect(try history.load().entries == ["saing"])
    }

    @Test func theEngineIsOpenedInTheBackgroundWhileTheReaderIsAlreadyInUse() {
        let engine = SearchFixtures.engine()
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue(KeyParser.keys("/ s a i n g").map(InputEvent.key))
        let state = AppState(articles: [SearchFixtures.pasar, SearchFixtures.saingan].map { AnalyzedArticle($0) },
                             analyzer: Fixtures.analyzer)
        // The index is held back until the screen shows the typed query and "indexing…".
        let gate = DispatchSemaphore(value: 0)
        var sawIndexing = false
        let hooks = ReaderRuntime.Hooks(pendingSignal: {
            if !sawIndexing, backend.lines[23] == "/saing", backend.lines[11].contains("indexing…") {
                sawIndexing = true
                gate.signal()
            }
            return nil
        })
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(10)) { gate.signal() }  // never hang
        let runtime = ReaderRuntime(state: state, backend: backend, hooks: hooks, openSearch: {
            gate.wait()
            return .ready(engine, warning: nil)
        })
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(sawIndexing)
        #expect(runtime.state.searchEngine != nil)
        #expect(engine.queries == ["saing"])
        #expect(backend.lines[11].hasPrefix("│ Persaingan Ketat  saingan"))
    }
}
