import KabarApp
import KabarCore
import KabarTUI

/// The reader's own work for one keypress at 200×60, as the runtime does it: update, render
/// into the recycled frame, and the diff against the previous frame that a backend is then
/// handed. Terminal I/O is not included (the backend here discards the changes).
enum RedrawBenchmark {
    static func run(_ articles: [Article]) {
        var state = AppState(articles: articles, width: 200, height: 60)
        _ = state.update(.key(.enter))
        let backend = NullBackend(width: 200, height: 60)
        let terminal = Terminal(backend: backend)
        var frame = Buffer(width: 0, height: 0)
        render(state, into: &frame)
        terminal.present(&frame)
        let keys: [Key] = [.char("w"), .char("w"), .char("b"), .char("j"), .char(" "), .char("k"), .char("w")]
        var samples: [UInt64] = []
        for round in 0..<3000 {
            let key = keys[round % keys.count]
            samples.append(Stopwatch.time {
                _ = state.update(.key(key))
                render(state, into: &frame)
                terminal.present(&frame)
            })
            if state.scroll >= state.maxScroll { _ = state.update(.key(.char("g"))) }
        }
        let mean = samples.reduce(0, +) / UInt64(samples.count)
        print("redraw 200×60 (update + render + diff, \(samples.count) keypresses):"
              + " mean \(Stopwatch.microseconds(mean)), p50 \(Stopwatch.microseconds(Stopwatch.percentile(samples, 50)))"
              + ", p99 \(Stopwatch.microseconds(Stopwatch.percentile(samples, 99)))"
              + ", \(backend.cells / samples.count) cells changed per frame")
    }
}

/// A backend that only counts the cells it is handed.
final class NullBackend: Backend {
    let size: (width: Int, height: Int)
    private(set) var cells = 0

    init(width: Int, height: Int) { size = (width, height) }

    func draw(_ changes: [CellChange]) { cells += changes.count }
    func clear() {}
    func flush() {}
    func pollEvent(timeoutMilliseconds: Int) -> InputEvent? { nil }
}
