import Foundation
import KabarApp

/// Progress of long work on stderr: "kabar: indexing 12,000/100,000 articles…".
///
/// On a terminal, one line rewritten in place at most ten times a second and cleared by
/// `finish()`, from half a second on; otherwise (a log, a pipe) one line every ten seconds.
/// `show` may be called from any thread.
final class ProgressLine: @unchecked Sendable {
    private let isTerminal = isatty(2) == 1
    private let started = Date()
    private var lastShown: Date?
    private var visible = false
    private let lock = NSLock()

    /// "kabar: VERB done/total NOUN…"
    func show(_ verb: String, _ done: Int, _ total: Int, _ noun: String) {
        lock.withLock {
            let now = Date()
            let interval = isTerminal ? 0.1 : 10
            guard now.timeIntervalSince(lastShown ?? started) >= (lastShown == nil && isTerminal ? 0.5 : interval) else { return }
            lastShown = now
            let text = "kabar: \(verb) \(LoadProgress.grouped(done))/\(LoadProgress.grouped(total)) \(noun)…"
            if isTerminal {
                Output.send("\r\(text)\u{1B}[K", to: STDERR_FILENO)
                visible = true
            } else {
                Output.send("\(text)\n", to: STDERR_FILENO)
            }
        }
    }

    /// Clears the line on a terminal.
    func finish() {
        lock.withLock {
            guard visible else { return }
            Output.send("\r\u{1B}[K", to: STDERR_FILENO)
            visible = false
        }
    }
}
