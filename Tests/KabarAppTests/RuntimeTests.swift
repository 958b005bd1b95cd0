import KabarApp
import KabarCore
import KabarTUI
import Testing

/// The reader loop on the in-memory backend: keys in, screen out.
@Suite struct RuntimeTests {
    func runtime(_ keys: String, width: Int = 80, height: Int = 24) -> (ReaderRuntime, TestBackend, Int32) {
        let backend = TestBackend(width: width, height: height)
        backend.enqueue(KeyParser.keys(keys).map(InputEvent.key))
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend)
        let status = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        return (runtime, backend, status)
    }

    @Test func qQuitsWithStatusZero() {
        let (runtime, backend, status) = runtime("j Enter q")
        #expect(status == 0)
        #expect(runtime.state.openArticle?.article.id == "pasar-modal")
        #expect(backend.lines[0].contains("Article · pasar-modal"))
    }

    @Test func ctrlCQuitsWithStatus130() {
        let (_, _, status) = runtime("w C-c j")
        #expect(status == 130)
    }

    @Test func qInsideHelpClosesHelpInsteadOfQuitting() {
        let (runtime, _, status) = runtime("? q")
        #expect(status == 0)
        #expect(runtime.state.overlay == nil)
    }

    @Test func onlyChangedCellsAreRedrawn() {
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue([.key(.tab)])
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        // The first frame after a clear sends every non-blank cell: borders, text, status.
        #expect(backend.drawnCellCount > 80 * 2 + 24 * 2)
        let before = backend.drawnCellCount
        backend.enqueue([.key(.char("w"))])
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        // One word step: the old and new cursor words, the glossary pane's word and the
        // status counter change; nothing else is sent to the terminal.
        let step = backend.drawnCellCount - before
        #expect(step > 0)
        #expect(step < 40)
    }

    @Test func aSignalStopsTheLoopWith128PlusItsNumber() {
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue([.key(.char("j"))])
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend,
                                    hooks: .init(pendingSignal: { 15 }))
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 143)
    }

    @Test func resizeRedrawsEverythingAtTheNewSize() {
        let backend = TestBackend(width: 80, height: 24)
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend)
        backend.resize(width: 100, height: 30)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(backend.lines.count == 30)
        #expect(backend.lines[29].contains("q quit"))
        #expect(runtime.state.layout.width == 100)
    }
}

/// SIGTSTP and SIGCONT as the runtime sees them: through its hooks, polled between events.
@Suite struct SignalHookTests {
    /// A hook that answers true once.
    final class Once: @unchecked Sendable {
        var pending = true
        func take() -> Bool {
            defer { pending = false }
            return pending
        }
    }

    @Test func aSuspendRequestSuspendsAndRepaintsEverything() {
        let backend = TestBackend(width: 80, height: 24)
        var suspended = 0
        let request = Once()
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend, hooks: .init(
            suspend: { suspended += 1 }, suspendRequested: { request.take() }))
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(suspended == 1)
        // The first frame clears the screen, and the one after resuming clears it again.
        #expect(backend.clearCount == 2)
        #expect(backend.lines[0].contains("Articles (2)"))
    }

    @Test func aContinueRequestRepaintsEverything() {
        let backend = TestBackend(width: 80, height: 24)
        let request = Once()
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend, hooks: .init(redrawRequested: { request.take() }))
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(backend.clearCount == 2)
        #expect(backend.lines[23].contains("q quit"))
    }
}
