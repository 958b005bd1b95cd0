import KabarApp
import KabarCore
import KabarTUI

/// The reader's own work for one keypress at 200×60: update, view, and the diff against
/// the previous frame (what a backend is then handed). Terminal I/O is not included.
enum RedrawBenchmark {
    static func run(_ articles: [Article]) {
        var state = AppState(articles: articles, width: 200, height: 60)
        _ = state.update(.key(.enter))
        var previous = view(state)
        let keys: [Key] = [.char("w"), .char("w"), .char("b"), .char("j"), .char(" "), .char("k"), .char("w")]
        var samples: [UInt64] = []
        var changed = 0
        for round in 0..<3000 {
            let key = keys[round % keys.count]
            samples.append(Stopwatch.time {
                _ = state.update(.key(key))
                let frame = view(state)
                changed += frame.diff(from: previous).count
                previous = frame
            })
            if state.scroll >= state.maxScroll { _ = state.update(.key(.char("g"))) }
        }
        let mean = samples.reduce(0, +) / UInt64(samples.count)
        print("redraw 200×60 (update + view + diff, \(samples.count) keypresses):"
              + " mean \(Stopwatch.microseconds(mean)), p50 \(Stopwatch.microseconds(Stopwatch.percentile(samples, 50)))"
              + ", p99 \(Stopwatch.microseconds(Stopwatch.percentile(samples, 99)))"
              + ", \(changed / samples.count) cells changed per frame")
    }
}
